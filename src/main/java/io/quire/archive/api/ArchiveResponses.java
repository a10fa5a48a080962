package io.quire.archive.api;

import io.quire.archive.domain.ArchiveMonth;
import java.util.List;

/** The archive as the API shows it: the one mapping to {@link ArchiveMonthResponse}. */
final class ArchiveResponses {

    private ArchiveResponses() {}

    /** The months in the order given. */
    static List<ArchiveMonthResponse> of(List<ArchiveMonth> months) {
        return months.stream()
                .map(month -> new ArchiveMonthResponse(month.year(), month.month(), month.count()))
                .toList();
    }
}
