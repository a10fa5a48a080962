package io.quire.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quire.client.api.AdminApi;
import io.quire.client.api.PostsApi;
import io.quire.client.api.SearchApi;
import io.quire.client.api.SyncApi;
import io.quire.client.model.ImportReport;
import io.quire.client.model.PostDetail;
import io.quire.client.model.PostPage;
import io.quire.client.model.PostSummary;
import io.quire.client.model.Problem;
import io.quire.client.model.SearchPage;
import io.quire.client.model.SyncPage;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Java client that openapi-generator ({@code java}, {@code native}) makes from the committed
 * document, compiled by this build, used as an integrator would against the running application.
 */
@QuarkusTest
class GeneratedJavaClientTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    @TestHTTPResource("/")
    URL root;

    private ApiClient client;

    @BeforeEach
    void connect() {
        client = new ApiClient();
        client.updateBaseUri(root.toString().replaceAll("/$", ""));
    }

    @Test
    void listsPostsWithATagFilterFollowingTheLinkHeader() throws ApiException {
        PostsApi posts = new PostsApi(client);
        List<String> slugs = new ArrayList<>();
        Integer page = 1;
        int requests = 0;
        while (page != null) {
            ApiResponse<PostPage> response = posts.listPostsWithHttpInfo(
                    page, 3, List.of("Java"), null, null, null, null, null, null, null, null, null, null);
            requests++;
            assertEquals(200, response.getStatusCode());
            PostPage body = response.getData();
            assertEquals(4L, body.getTotalItems());
            assertEquals(List.of("4"), response.getHeaders().get("x-total-count"));
            for (PostSummary summary : body.getItems()) {
                assertTrue(summary.getTags().stream().anyMatch(tag -> tag.equalsIgnoreCase("java")));
                slugs.add(summary.getSlug());
            }
            page = nextPage(response.getHeaders());
        }
        assertEquals(2, requests);
        assertEquals(List.of("hello-quarkus", "testing-with-junit", "bundle-post", "jekyll-style"), slugs);
    }

    @Test
    void readsOnePostWithItsHtmlTocNeighboursAndFrontMatter() throws ApiException {
        PostDetail post = new PostsApi(client).getPost("time-zones", null, null);
        assertEquals(3, post.getId());
        assertEquals("Time Zones Are Hard", post.getTitle());
        assertTrue(
                post.getHtml().contains("<h2 id=\"offsets-are-not-zones\">Offsets are not zones</h2>"), post.getHtml());
        assertEquals(1, post.getToc().size());
        assertEquals("offsets-are-not-zones", post.getToc().get(0).getId());
        assertEquals(2, post.getToc().get(0).getLevel());
        assertEquals("testing-with-junit", post.getPrev().getSlug());
        assertNull(post.getNext());
        assertNull(post.getUpdated());
        assertNull(post.getMarkdown());
        assertEquals("Dana Kim", post.getFrontMatter().get("author"));
        assertEquals(
                Map.of("name", "Time 101", "part", 2), post.getFrontMatter().get("series"));
        assertEquals("bundle-post", post.getRelated().get(0).getSlug());

        PostDetail withMarkdown = new PostsApi(client).getPost("bundle-post", "markdown", null);
        assertTrue(withMarkdown.getMarkdown().contains("page bundle"), withMarkdown.getMarkdown());
    }

    @Test
    void searches() throws ApiException {
        SearchPage hits = new SearchApi(client)
                .searchPosts("quarkus", null, null, null, null, null, null, null, null, null, null, null, null);
        assertEquals(2L, hits.getTotalItems());
        assertEquals("hello-quarkus", hits.getItems().get(0).getPost().getSlug());
        assertEquals(
                "Hello, <mark>Quarkus</mark>",
                hits.getItems().get(0).getHighlights().getTitle());
        assertTrue(hits.getItems().get(0).getScore() > hits.getItems().get(1).getScore());
        assertEquals("quarkus", hits.getFacets().getTags().get(0).getSlug());
    }

    @Test
    void runsAFullSyncThenAnIncrementalOne() throws ApiException {
        SyncApi sync = new SyncApi(client);
        SyncPage full = sync.syncPosts(null);
        assertEquals(7, full.getItems().size());
        assertTrue(full.getItems().stream().allMatch(post -> post.getHtml() != null && post.getToc() != null));
        assertTrue(full.getDeleted().isEmpty());
        assertNull(full.getNextPageToken());
        assertNotNull(full.getNextToken());

        SyncPage since = sync.syncPosts(full.getNextToken());
        assertEquals(List.of(), since.getItems());
        assertEquals(List.of(), since.getDeleted());
        assertNotNull(since.getNextToken());
    }

    @Test
    void aMissingPostIsA404WithATypedProblem() throws Exception {
        ApiException error =
                assertThrows(ApiException.class, () -> new PostsApi(client).getPost("no-such-post", null, null));
        assertEquals(404, error.getCode());
        assertTrue(error.getResponseHeaders()
                .firstValue("content-type")
                .orElseThrow()
                .startsWith("application/problem+json"));
        Problem problem = client.getObjectMapper().readValue(error.getResponseBody(), Problem.class);
        assertEquals(404, problem.getStatus());
        assertEquals("Not Found", problem.getTitle());
        assertEquals("about:blank", problem.getType());
        assertEquals("No published post has the slug or id 'no-such-post'.", problem.getDetail());
        assertEquals("/api/posts/no-such-post", problem.getInstance());
    }

    @Test
    void runsADryRunImportWithTheAdminToken() throws ApiException {
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer test-admin-token"));
        ImportReport report = new AdminApi(client).runImport(true);
        assertEquals(Boolean.TRUE, report.getDryRun());
        assertEquals(Boolean.TRUE, report.getCompleted());
        assertEquals(0, report.getFailed());
    }

    /** The page number of the {@code rel="next"} link, or null on the last page. */
    private static Integer nextPage(Map<String, List<String>> headers) {
        for (String link : headers.getOrDefault("link", List.of())) {
            Matcher next = NEXT.matcher(link);
            if (next.find()) {
                String query = URI.create(next.group(1)).getQuery();
                for (String parameter : query.split("&")) {
                    if (parameter.startsWith("page=")) {
                        return Integer.valueOf(parameter.substring(5));
                    }
                }
            }
        }
        return null;
    }
}
