#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QLabel>
#include <QStringList>
#include <QTextDocument>
#include <QWidget>

namespace gpucompare::test {

using namespace Qt::StringLiterals;

namespace detail {

inline QString describe(const QWidget *w)
{
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(w))
        text = label->text();
    else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        text = button->text();
    QString name = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        name += u" #"_s + w->objectName();
    if (!text.isEmpty())
        name += u" \""_s + text.left(60) + u'"';
    return name;
}

/// Children of a scrolled viewport or of an item view may lie outside it: they scroll into view.
inline bool scrolls(const QWidget *w, const QWidget *root)
{
    for (const QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractItemView *>(p))
            return true;
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(p->parentWidget());
            area && area->viewport() == p)
            return true;
    }
    return false;
}

/// The width a label's text needs on one line per line break (plain or rich text).
inline int labelTextWidth(const QLabel *label)
{
    if (Qt::mightBeRichText(label->text()) && label->textFormat() != Qt::PlainText) {
        QTextDocument document;
        document.setDefaultFont(label->font());
        document.setDocumentMargin(0);
        document.setHtml(label->text());
        return int(std::ceil(document.idealWidth()));
    }
    QString text = label->text();
    if (label->buddy()) {
        // A mnemonic's "&" is drawn as an underline, not as a character ("&&" is one "&").
        text.replace(u"&&"_s, QString(QChar(0xE000)));
        text.remove(u'&');
        text.replace(QChar(0xE000), u'&');
    }
    int widest = 0;
    for (const QString &line : text.split(u'\n'))
        widest = std::max(widest, label->fontMetrics().horizontalAdvance(line));
    return widest;
}

} // namespace detail

/// What a person would see as broken in a shown window or dialog: a label whose text does not
/// fit its width (or, when it wraps, its height), a button narrower than its text, and a widget
/// that lies partly outside its parent or the window. Empty when nothing is clipped.
inline QStringList layoutProblems(QWidget *root)
{
    QStringList problems;
    const QRect window = root->rect();
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root) || w->isWindow() || detail::scrolls(w, root))
            continue;
        const QRect inRoot(w->mapTo(root, QPoint(0, 0)), w->size());
        if (!window.contains(inRoot)) {
            problems.append(detail::describe(w) + u" lies outside the window"_s);
            continue;
        }
        if (auto *label = qobject_cast<QLabel *>(w); label && !label->text().isEmpty()) {
            const QRect room = label->contentsRect().adjusted(label->margin(), label->margin(),
                                                              -label->margin(), -label->margin());
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                if (needed > label->height())
                    problems.append(
                        detail::describe(w) +
                        u" needs %1 px of height, has %2"_s.arg(needed).arg(label->height()));
            } else if (const int needed = detail::labelTextWidth(label); needed > room.width()) {
                problems.append(detail::describe(w) +
                                u" needs %1 px of width, has %2"_s.arg(needed).arg(room.width()));
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(w);
                   button && !button->text().isEmpty() &&
                   button->width() < button->minimumSizeHint().width()) {
            problems.append(detail::describe(w) + u" needs %1 px of width, has %2"_s
                                                      .arg(button->minimumSizeHint().width())
                                                      .arg(button->width()));
        }
    }
    return problems;
}

} // namespace gpucompare::test
