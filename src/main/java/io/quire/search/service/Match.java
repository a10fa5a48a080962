package io.quire.search.service;

import io.quire.search.index.SearchFields;

/**
 * A matching document: its ord (see {@link SearchFields#ORD}), its document number in the searcher,
 * and its score.
 */
record Match(int ord, int doc, float score) {}
