#!/usr/bin/perl
# A small OAI-PMH 2.0 data provider built on HTTP::OAI's own response classes (Debian libhttp-oai-perl), so the
# harvester can be tested against XML we did not write ourselves. Serves the records of a JSON file (the
# FixtureRecord shape of tests/helpers/oai-fixture-records.ts) with paging; oai_dc only, and, as HTTP::OAI
# writes it, without xml:lang and without an empty token on the last page.
#
# Usage: perl oai-perl-provider.pl RECORDS.json [PORT (0: any free one)] [PAGE_SIZE (100)]
# Prints "listening on URL" once it accepts connections; serves one request at a time until killed.
use strict;
use warnings;
use IO::Socket::INET;
use JSON::PP;
use URI;
use URI::Escape qw(uri_escape_utf8 uri_unescape);
use HTTP::OAI;
use HTTP::OAI::Metadata::OAI_DC;

my ($file, $port, $page_size) = @ARGV;
die "usage: $0 RECORDS.json [PORT] [PAGE_SIZE]\n" unless defined $file;
$port //= 0;
$page_size ||= 100;

open my $fh, '<:raw', $file or die "cannot read $file: $!\n";
my $records = JSON::PP->new->utf8->decode(do { local $/; <$fh> });
close $fh;

my $server = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 16, ReuseAddr => 1)
  or die "cannot listen on port $port: $!\n";
my $base = 'http://127.0.0.1:' . $server->sockport . '/oai';
$| = 1;
print "listening on $base\n";

my @DC_FIELDS = qw(title creator subject description publisher date type identifier source language);

sub values_of {
  my ($record, $field) = @_;
  my %plural = (title => 'titles', creator => 'creators', subject => 'subjects', description => 'descriptions',
    type => 'types', identifier => 'identifiers', source => 'sources', language => 'languages');
  return defined $record->{$field} ? ($record->{$field}) : () unless $plural{$field};
  return map { ref $_ ? $_->{value} : $_ } @{ $record->{ $plural{$field} } || [] };
}

sub to_record {
  my ($r, $headers_only) = @_;
  my $header = HTTP::OAI::Header->new(identifier => $r->{identifier}, datestamp => $r->{datestamp});
  $header->status('deleted') if $r->{deleted};
  $header->setSpec($_) for @{ $r->{sets} || [] };
  return $header if $headers_only;
  my $record = HTTP::OAI::Record->new(header => $header);
  unless ($r->{deleted}) {
    my %dc = map { my @v = values_of($r, $_); @v ? ($_ => \@v) : () } @DC_FIELDS;
    $record->metadata(HTTP::OAI::Metadata::OAI_DC->new(dc => \%dc));
  }
  return $record;
}

sub full_stamp {
  my ($stamp, $end) = @_;
  return length($stamp) == 10 ? $stamp . ($end ? 'T23:59:59Z' : 'T00:00:00Z') : $stamp;
}

sub oai_error { die { code => $_[0], message => $_[1] } }

sub encode_token { join '!', map { uri_escape_utf8($_ // '') } @_ }

sub decode_token {
  my @parts = map { uri_unescape($_) } split /!/, $_[0], -1;
  oai_error('badResumptionToken', 'Unknown token.') unless @parts == 5 && $parts[4] =~ /^\d+$/;
  return @parts;
}

sub list {
  my ($verb, $args) = @_;
  my ($prefix, $from, $until, $set, $offset);
  if (defined $args->{resumptionToken}) {
    ($prefix, $from, $until, $set, $offset) = decode_token($args->{resumptionToken});
  } else {
    ($prefix, $from, $until, $set, $offset) = (@$args{qw(metadataPrefix from until set)}, 0);
    oai_error('badArgument', 'metadataPrefix is required.') unless defined $prefix;
    for ($from, $until) {
      oai_error('badArgument', "Bad date $_") if defined $_ && $_ ne '' && !/^\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\dZ)?$/;
    }
  }
  oai_error('cannotDisseminateFormat', "No format $prefix.") unless $prefix eq 'oai_dc';
  my @matching = grep {
    my $stamp = full_stamp($_->{datestamp});
    (!$from || $stamp ge full_stamp($from)) && (!$until || $stamp le full_stamp($until, 1))
      && (!$set || grep { $_ eq $set || index($_, "$set:") == 0 } @{ $_->{sets} || [] })
  } @$records;
  oai_error('noRecordsMatch', 'Nothing matches.') unless @matching;
  oai_error('badResumptionToken', 'Past the end.') if $offset >= @matching;
  my $answer = $verb eq 'ListRecords' ? HTTP::OAI::ListRecords->new : HTTP::OAI::ListIdentifiers->new;
  my $last = $offset + $page_size > @matching ? $#matching : $offset + $page_size - 1;
  $answer->item(to_record($_, $verb eq 'ListIdentifiers')) for @matching[$offset .. $last];
  if ($last < $#matching) {
    $answer->resumptionToken(HTTP::OAI::ResumptionToken->new(
      resumptionToken => encode_token($prefix, $from, $until, $set, $last + 1),
      cursor => $offset, completeListSize => scalar @matching));
  }
  return $answer;
}

sub answer {
  my ($args) = @_;
  my $verb = delete $args->{verb} // '';
  if ($verb eq 'Identify') {
    my ($earliest) = sort map { full_stamp($_->{datestamp}) } @$records;
    return HTTP::OAI::Identify->new(repositoryName => 'Perl HTTP::OAI fixture provider', baseURL => $base,
      protocolVersion => '2.0', adminEmail => 'admin@example.org', earliestDatestamp => $earliest // '2015-01-01T00:00:00Z',
      deletedRecord => 'persistent', granularity => 'YYYY-MM-DDThh:mm:ssZ');
  }
  if ($verb eq 'ListMetadataFormats') {
    my $formats = HTTP::OAI::ListMetadataFormats->new;
    $formats->metadataFormat(HTTP::OAI::MetadataFormat->new(metadataPrefix => 'oai_dc',
      schema => 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd',
      metadataNamespace => 'http://www.openarchives.org/OAI/2.0/oai_dc/'));
    return $formats;
  }
  if ($verb eq 'ListSets') {
    my %seen = map { $_ => 1 } map { @{ $_->{sets} || [] } } @$records;
    my $sets = HTTP::OAI::ListSets->new;
    $sets->set(HTTP::OAI::Set->new(setSpec => $_, setName => "Set $_")) for sort keys %seen;
    return $sets;
  }
  return list($verb, $args) if $verb eq 'ListRecords' || $verb eq 'ListIdentifiers';
  if ($verb eq 'GetRecord') {
    oai_error('badArgument', 'identifier and metadataPrefix are required.')
      unless defined $args->{identifier} && defined $args->{metadataPrefix};
    oai_error('cannotDisseminateFormat', 'oai_dc only.') unless $args->{metadataPrefix} eq 'oai_dc';
    my ($found) = grep { $_->{identifier} eq $args->{identifier} } @$records;
    oai_error('idDoesNotExist', "No record $args->{identifier}.") unless $found;
    my $get = HTTP::OAI::GetRecord->new;
    $get->record(to_record($found));
    return $get;
  }
  oai_error('badVerb', "Illegal verb $verb.");
}

sub respond {
  my ($client, $target, $body) = @_;
  my $uri = URI->new($base);
  # Copied first: $1 is passed by alias and URI's own matches would overwrite it.
  my ($query) = $target =~ /\?(.*)$/;
  $uri->query($query);
  my %args = $uri->query_form;
  %args = (%args, URI->new("?$body")->query_form) if length $body;
  my $uri_for_request = URI->new($base);
  $uri_for_request->query_form(%args);
  my $response = HTTP::OAI::Response->new(requestURL => "$uri_for_request");
  my $content = eval { answer({%args}) };
  if (my $error = $@) {
    die $error unless ref $error eq 'HASH';
    $response->errors(HTTP::OAI::Error->new(code => $error->{code}, message => $error->{message}));
  } else {
    $response->content($content);
  }
  my $xml = $response->toDOM->toString(1);
  print $client "HTTP/1.1 200 OK\r\nContent-Type: text/xml; charset=utf-8\r\nContent-Length: "
    . length($xml) . "\r\nConnection: close\r\n\r\n" . $xml;
}

while (my $client = $server->accept) {
  binmode $client, ':raw';
  my $line = <$client> // next;
  my ($method, $target) = split / /, $line;
  my $length = 0;
  while (my $header = <$client>) {
    last if $header =~ /^\r?\n$/;
    $length = $1 if $header =~ /^content-length:\s*(\d+)/i;
  }
  my $body = '';
  read $client, $body, $length if $method eq 'POST' && $length;
  if (($target // '') !~ m{^/oai(\?|$)}) {
    print $client "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
  } else {
    eval { respond($client, $target, $body) };
    print $client "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n" if $@;
  }
  close $client;
}
