#!/usr/bin/perl
# Harvests an OAI-PMH endpoint with HTTP::OAI (Debian's libhttp-oai-perl), following resumption tokens, and
# prints what it got as one JSON document: Identify's fields, every record's header and titles (with xml:lang),
# and every protocol error the repository answered with. Used by tests/integration/oai-provider.test.ts.
# Usage: oai-harvest.pl BASE_URL [name=value ...]   (the ListRecords arguments, e.g. set=country:id)
use strict;
use warnings;
use HTTP::OAI;
use JSON::PP;

my ($base_url, @pairs) = @ARGV;
die "usage: $0 BASE_URL [name=value ...]\n" unless $base_url;
my %args = (metadataPrefix => 'oai_dc', map { split /=/, $_, 2 } @pairs);

my $harvester = HTTP::OAI::Harvester->new(baseURL => $base_url, resume => 1);
my @errors;

my $identify = $harvester->Identify;
push @errors, map { { code => $_->code, message => $_->message } } $identify->errors;
die 'Identify failed: ' . $identify->message . "\n" if $identify->is_error;

my $XML_NS = 'http://www.w3.org/XML/1998/namespace';
my $DC_NS = 'http://purl.org/dc/elements/1.1/';
my @records;
# With automatic resumption HTTP::OAI keeps only the last page's items for next(); a callback sees every page's.
my $on_record = sub {
  my ($record) = @_;
  my @titles;
  if (my $metadata = $record->metadata) {
    # The metadata is a document fragment, which XPath can search but getElementsByTagNameNS cannot.
    for my $title ($metadata->dom->findnodes(qq{.//*[local-name()="title" and namespace-uri()="$DC_NS"]})) {
      push @titles, { lang => $title->getAttributeNS($XML_NS, 'lang'), text => $title->textContent };
    }
  }
  push @records, {
    identifier => $record->identifier,
    datestamp  => $record->datestamp,
    sets       => [$record->header->setSpec],
    titles     => \@titles,
  };
};
my $list = $harvester->ListRecords(%args, onRecord => $on_record);
push @errors, map { { code => $_->code, message => $_->message } } $list->errors;
die 'ListRecords failed: ' . $list->message . "\n" if $list->is_error;

print JSON::PP->new->canonical->encode({
  identify => {
    repositoryName    => $identify->repositoryName,
    baseURL           => $identify->baseURL,
    protocolVersion   => $identify->protocolVersion,
    earliestDatestamp => $identify->earliestDatestamp,
    granularity       => $identify->granularity,
    deletedRecord     => $identify->deletedRecord,
    adminEmail        => [$identify->adminEmail],
  },
  records => \@records,
  errors  => \@errors,
}), "\n";
