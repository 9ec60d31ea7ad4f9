#include "TeamBookUri.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gpucompare::TeamBookUri", text);
}

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

QString encoded(const QString &part, const QByteArray &keep = {})
{
    return QString::fromUtf8(QUrl::toPercentEncoding(part, keep));
}

/// The libpq parameters a URI may carry besides host, port, user, password and dbname.
const QStringList &knownOptions()
{
    static const QStringList options{
        u"sslmode"_s,    u"sslcert"_s,         u"sslkey"_s,           u"sslrootcert"_s,
        u"sslcrl"_s,     u"connect_timeout"_s, u"application_name"_s, u"target_session_attrs"_s,
        u"keepalives"_s, u"keepalives_idle"_s, u"options"_s,          u"service"_s,
        u"passfile"_s,   u"gssencmode"_s};
    return options;
}

} // namespace

bool TeamBookUri::isTeamBook(const QString &text)
{
    return text.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) ||
           text.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

std::optional<TeamBookUri> TeamBookUri::parse(const QString &text, QString *error)
{
    static const QRegularExpression shape(
        u"^postgres(?:ql)?://(?:([^:@/?]*)(?::([^@/?]*))?@)?([^/?]*)(?:/([^?]*))?(?:\\?(.*))?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto match = shape.match(text.trimmed());
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!match.hasMatch())
        return fail(tr("\"%1\" is not a PostgreSQL address; write "
                       "postgresql://user@host:port/database")
                        .arg(withoutPassword(text)));
    TeamBookUri uri;
    uri.user = decoded(match.captured(1));
    uri.password = decoded(match.captured(2));
    QString hostPort = match.captured(3);
    QString portText;
    if (hostPort.startsWith(u'[')) { // [IPv6]:port
        const qsizetype close = hostPort.indexOf(u']');
        uri.host = hostPort.mid(1, close - 1);
        portText = hostPort.mid(close + 1).remove(0, 1);
    } else if (const qsizetype colon = hostPort.lastIndexOf(u':'); colon >= 0) {
        uri.host = decoded(hostPort.left(colon));
        portText = hostPort.mid(colon + 1);
    } else {
        uri.host = decoded(hostPort);
    }
    uri.database = decoded(match.captured(4));

    const QStringList pairs = match.captured(5).split(u'&', Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype equals = pair.indexOf(u'=');
        const QString key = decoded(equals < 0 ? pair : pair.left(equals));
        const QString value = equals < 0 ? QString() : decoded(pair.mid(equals + 1));
        if (key == u"host")
            uri.host = value;
        else if (key == u"port")
            portText = value;
        else if (key == u"user")
            uri.user = value;
        else if (key == u"password")
            uri.password = value;
        else if (key == u"dbname")
            uri.database = value;
        else if (knownOptions().contains(key))
            uri.options.append(key + u'=' + value);
        else
            return fail(tr("\"%1\" is not a connection option PostgreSQL knows (in %2)")
                            .arg(key, withoutPassword(text)));
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        uri.port = portText.toInt(&ok);
        if (!ok || uri.port < 1 || uri.port > 65535)
            return fail(tr("the port \"%1\" is not a number from 1 to 65535 (in %2)")
                            .arg(portText, withoutPassword(text)));
    }
    if (uri.database.isEmpty())
        return fail(tr("%1 names no database: add it after the host, as in "
                       "postgresql://host/gpucompare")
                        .arg(withoutPassword(text)));
    return uri;
}

QString TeamBookUri::text() const
{
    QString result = u"postgresql://"_s;
    if (!user.isEmpty())
        result += encoded(user) + u'@';
    const bool socketFolder = host.startsWith(u'/');
    if (!socketFolder)
        result += host.contains(u':') ? u'[' + host + u']' : encoded(host);
    if (port != 0 && !socketFolder)
        result += u':' + QString::number(port);
    result += u'/' + encoded(database);
    QStringList query;
    if (socketFolder) {
        query.append(u"host="_s + encoded(host, "/"));
        if (port != 0)
            query.append(u"port="_s + QString::number(port));
    }
    for (const QString &option : options) {
        const qsizetype equals = option.indexOf(u'=');
        query.append(option.left(equals) + u'=' + encoded(option.mid(equals + 1), "/"));
    }
    if (!query.isEmpty())
        result += u'?' + query.join(u'&');
    return result;
}

QString withoutPassword(const QString &text)
{
    static const QRegularExpression userPassword(u"(postgres(?:ql)?://[^:@/?]*):[^@/?]*@"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression queryPassword(u"([?&]password=)[^&]*"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
    QString shown = text;
    shown.replace(userPassword, u"\\1:***@"_s);
    shown.replace(queryPassword, u"\\1***"_s);
    return shown;
}

} // namespace gpucompare
