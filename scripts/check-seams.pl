#!/usr/bin/perl
# The layers' seams (issue 31), checked on the sources: prints one line per breach, sorted.
#
#   database-error   a file outside database/ includes DatabaseError.h or catches DatabaseError
#   bool-qstring     a header outside core/ declares a bool function with a QString * parameter
#   sql              a string literal outside database/ holds SQL
#   split-class      a class's member functions are defined in more than one .cpp
#   two-way          A.cpp includes B.h and B.cpp includes A.h
#   long-file        a source file of core/, database/, widgets/ or app/ passes 500 lines
#   repeated         six or more identical lines repeat within core/, database/ or app/
#
# Perl (perl-base is in every Debian root), so the check needs nothing installed.
use strict;
use warnings;

my $root = shift // '.';
chdir $root or die "cannot enter $root: $!\n";

my @layers = qw(core database widgets app);
my @files;
for my $layer (@layers) {
    open(my $find, '-|', 'find', $layer, '-type', 'f', '(', '-name', '*.cpp', '-o', '-name', '*.h', ')')
        or die "find: $!\n";
    while (my $f = <$find>) {
        chomp $f;
        push @files, $f;
    }
    close $find;
}
@files = sort @files;

my %text;
for my $f (@files) {
    open(my $in, '<', $f) or die "$f: $!\n";
    local $/;
    $text{$f} = <$in>;
    close $in;
}

sub layer_of { my ($f) = @_; return (split m{/}, $f)[0]; }
sub without_comments {
    my ($s) = @_;
    $s =~ s{//[^\n]*}{}g;
    $s =~ s{/\*.*?\*/}{}gs;
    return $s;
}

my @breaches;

for my $f (@files) {
    my $layer = layer_of($f);
    my $code = without_comments($text{$f});

    if ($layer ne 'database'
        && ($code =~ /#include\s+"DatabaseError\.h"/ || $code =~ /catch\s*\(\s*const\s+DatabaseError\b/)) {
        push @breaches, "database-error $f";
    }

    if ($layer ne 'core' && $f =~ /\.h$/) {
        while ($code =~ /\bbool\s+(\w+)\s*\(([^;{)]*)\)/g) {
            my ($name, $params) = ($1, $2);
            push @breaches, "bool-qstring $f $name" if $params =~ /\bQString\s*\*/;
        }
    }

    if ($layer ne 'database') {
        while ($code =~ /"((?:[^"\\\n]|\\.)*)"/g) {
            my $literal = $1;
            if ($literal =~ /\b(?:SELECT\s+[\w*(]|INSERT\s+INTO\b|UPDATE\s+\w+\s+SET\b|DELETE\s+FROM\b|PRAGMA\s+\w|CREATE\s+(?:TABLE|INDEX)\b|ALTER\s+TABLE\b|DROP\s+TABLE\b)/) {
                push @breaches, "sql $f";
                last;
            }
        }
    }

    if ($f =~ /\.(?:cpp|h)$/) {
        my $lines = ($text{$f} =~ tr/\n//);
        push @breaches, "long-file $f" if $lines > 500;
    }
}

# Member functions defined at the start of a line: "Type Class::name(" or "Class::Class(".
my %classFiles;
for my $f (grep { /\.cpp$/ } @files) {
    my $code = without_comments($text{$f});
    my %seen;
    while ($code =~ /^(?:[\w:<>,&*][\w:<>,&* ]*?[ *&])?([A-Z]\w*)::~?(\w+)\s*\(/mg) {
        my $class = $1;
        next if $seen{$class}++;
        push @{ $classFiles{$class} }, $f;
    }
}
for my $class (sort keys %classFiles) {
    my @where = @{ $classFiles{$class} };
    push @breaches, "split-class $class (" . join(' ', @where) . ")" if @where > 1;
}

# Two-way includes between two classes' files.
my %includes;
for my $f (grep { /\.cpp$/ } @files) {
    while ($text{$f} =~ /#include\s+"([\w\/]+)\.h"/g) {
        my $h = $1;
        $h =~ s{.*/}{};
        $includes{$f}{$h} = 1;
    }
}
my %base;
for my $f (grep { /\.cpp$/ } @files) {
    (my $b = $f) =~ s{.*/}{};
    $b =~ s{\.cpp$}{};
    $base{$b} = $f;
}
my %pairSeen;
for my $a (sort keys %base) {
    for my $b (sort keys %{ $includes{ $base{$a} } }) {
        next if $b eq $a || !exists $base{$b};
        next unless $includes{ $base{$b} }{$a};
        my $pair = join(' ', sort ($a, $b));
        push @breaches, "two-way $pair" unless $pairSeen{$pair}++;
    }
}

# Six identical lines (trimmed, blank lines skipped, at least 150 characters in all) in two
# places within core/, database/ or app/.
my %windows;
for my $f (grep { layer_of($_) =~ /^(?:core|database|app)$/ } @files) {
    my @lines = grep { $_->[1] ne '' } map { [ $_ + 1, do { (my $l = (split /\n/, $text{$f}, -1)[$_]) =~ s/^\s+|\s+$//g; $l } ] }
        0 .. (($text{$f} =~ tr/\n//));
    for my $i (0 .. $#lines - 5) {
        my $key = join("\n", map { $_->[1] } @lines[$i .. $i + 5]);
        next if length($key) < 150;
        next if $key =~ /^#include/;
        push @{ $windows{$key} }, "$f:$lines[$i][0]";
    }
}
my %reported;
for my $key (sort keys %windows) {
    my @where = @{ $windows{$key} };
    next if @where < 2;
    my %files = map { (split /:/)[0] => 1 } @where;
    my $sig = join(' ', sort keys %files);
    # One breach per pair of files, however long the repeated run is.
    push @breaches, "repeated $sig" unless $reported{$sig}++;
}

print "$_\n" for sort @breaches;
