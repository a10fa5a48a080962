package io.quire.post.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quire.post.domain.PostRepository;
import io.quire.post.domain.Visibility;
import io.quire.support.MutableContentProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The list index gives the pages that SQL gives: generated posts made to tie (same dates, titles
 * that differ by case), to miss keys (no date), to be hidden (drafts, scheduled, expired), with tags
 * to filter by; every order, several filters, previews, and pages past the first.
 */
@QuarkusTest
@TestProfile(MutableContentProfile.Hardening.class)
class ListIndexMatchesSqlTest {

    private static final Path ROOT = MutableContentProfile.root(MutableContentProfile.Hardening.class);
    private static final String ADMIN = "Bearer " + MutableContentProfile.ADMIN_TOKEN;

    @Inject
    EntityManager em;

    @Test
    void pagesFromTheIndexEqualPagesFromSql() throws IOException {
        Path folder = ROOT.resolve("generated");
        Files.createDirectories(folder);
        Random random = new Random(11);
        String[] titles = {"Alpha", "alpha", "Beta", "Émile", "zeta", "Ökonomie", "beta"};
        for (int i = 0; i < 60; i++) {
            StringBuilder post = new StringBuilder("---\ntitle: ").append(titles[random.nextInt(titles.length)]);
            int kind = random.nextInt(10);
            if (kind > 0) {
                post.append("\ndate: 2025-0")
                        .append(1 + random.nextInt(3))
                        .append("-1")
                        .append(random.nextInt(2));
            }
            if (random.nextInt(4) == 0) {
                post.append("\nupdated: 2025-05-0").append(1 + random.nextInt(3));
            }
            if (kind == 9) {
                post.append("\ndraft: true");
            } else if (kind == 8) {
                post.append("\nexpiryDate: 2020-01-01");
            }
            post.append("\nfeatured: ").append(random.nextBoolean());
            post.append("\ntags: [g")
                    .append(random.nextInt(3))
                    .append(", h")
                    .append(random.nextInt(2))
                    .append("]");
            post.append("\n---\nBody ").append(i).append(".\n");
            Files.writeString(folder.resolve("post-" + i + ".md"), post.toString(), StandardCharsets.UTF_8);
        }
        Files.writeString(
                folder.resolve("scheduled.md"), "---\ntitle: Later\ndate: 2099-01-01\ntags: [g1]\n---\nSoon.\n");
        importNow();
        try {
            for (PostSort sort : PostSort.values()) {
                for (String[] filter : List.of(
                        new String[] {"", ""},
                        new String[] {"&tag=g1", "g1"},
                        new String[] {"&tag=g1&tag=h0", "g1,h0"},
                        new String[] {"&excludeTag=g2&featured=true", "!g2"},
                        new String[] {"&year=2025&month=2", ""})) {
                    for (boolean preview : List.of(false, true)) {
                        String query = "sort=" + sort.parameter() + filter[0]
                                + (preview ? "&preview=" + MutableContentProfile.PREVIEW_TOKEN : "");
                        List<String> expected = sql(sort, filter[1], filter[0], preview);
                        assertEquals(expected, api(query + "&size=100"), query);
                        int size = 7;
                        List<String> second =
                                expected.subList(Math.min(size, expected.size()), Math.min(2 * size, expected.size()));
                        assertEquals(second, api(query + "&size=" + size + "&page=2"), query + " page 2");
                    }
                }
            }
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
            importNow();
        }
    }

    private static List<String> api(String query) {
        return given().get("/api/posts?fields=slug&" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.slug");
    }

    /** The same page by SQL: the visibility condition, the filters as subqueries, the sort's clause. */
    private List<String> sql(PostSort sort, String tags, String raw, boolean preview) {
        return QuarkusTransaction.requiringNew().call(() -> {
            PostRepository.Filter visible = new Visibility(Instant.now(), preview).jpql();
            StringBuilder where = new StringBuilder(visible.where());
            List<String> required = new ArrayList<>();
            String excluded = null;
            for (String tag : tags.isEmpty() ? new String[0] : tags.split(",")) {
                if (tag.startsWith("!")) {
                    excluded = tag.substring(1);
                } else {
                    required.add(tag);
                }
            }
            for (int i = 0; i < required.size(); i++) {
                where.append(" and exists (select 1 from PostTag pt, Tag t where pt.key.postId = p.id"
                        + " and pt.key.tagId = t.id and t.slug = :tag" + i + ")");
            }
            if (excluded != null) {
                where.append(" and not exists (select 1 from PostTag pt, Tag t where pt.key.postId = p.id"
                        + " and pt.key.tagId = t.id and t.slug = :excluded)");
            }
            if (raw.contains("featured=true")) {
                where.append(" and p.featured = true");
            }
            if (raw.contains("month=2")) {
                where.append(" and p.publishedAt >= :start and p.publishedAt < :end");
            }
            TypedQuery<String> query = em.createQuery(
                    "select p.slug from Post p where " + where + " order by " + sort.orderByClause(), String.class);
            visible.bind(query);
            for (int i = 0; i < required.size(); i++) {
                query.setParameter("tag" + i, required.get(i));
            }
            if (excluded != null) {
                query.setParameter("excluded", excluded);
            }
            if (raw.contains("month=2")) {
                query.setParameter(
                        "start", LocalDate.of(2025, 2, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
                query.setParameter(
                        "end", LocalDate.of(2025, 3, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            return query.getResultList();
        });
    }

    private static void importNow() {
        given().header("Authorization", ADMIN).post("/api/admin/import").then().statusCode(200);
    }
}
