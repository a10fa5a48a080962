package io.quire.content.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quire.content.frontmatter.FileNames;
import io.quire.content.plan.KeyElection.Claim;
import io.quire.content.plan.KeyElection.Elected;
import io.quire.content.plan.KeyElection.Outcome;
import io.quire.content.plan.KeyElection.Refused;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The rule for contested ids and slugs, on claims alone: the post published first keeps a key. */
class KeyElectionTest {

    @Test
    void theIssuesExampleAnExplicitSlugLosesToAnEarlierDerivedOne() {
        Claim derived = claim("a/hello.md", null, null, "hello", false);
        Claim explicit = claim("z/other.md", null, null, "hello", true);
        Map<Claim, Outcome> outcomes = KeyElection.elect(List.of(explicit, derived));
        assertEquals("hello", slug(outcomes.get(derived)));
        Refused refused = assertInstanceOf(Refused.class, outcomes.get(explicit));
        assertEquals(
                "duplicate slug 'hello': already used by a/hello.md",
                refused.error().message());
    }

    @Test
    void theEarliestDateWinsAndUndatedPostsComeAfterDatedOnes() {
        Claim undated = claim("a/hello.md", null, null, "hello", false);
        Claim late = claim("b/hello.md", "2024-01-01T00:00:00Z", null, "hello", false);
        Claim early = claim("c/hello.md", "2020-01-01T00:00:00Z", null, "hello", false);
        Map<Claim, Outcome> outcomes = KeyElection.elect(List.of(undated, late, early));
        assertEquals("hello", slug(outcomes.get(early)));
        assertEquals("hello-b", slug(outcomes.get(late)));
        assertEquals("hello-a", slug(outcomes.get(undated)));
        Elected suffixed = (Elected) outcomes.get(undated);
        assertEquals(
                "slug 'hello' is already used by c/hello.md; this post is served as 'hello-a'",
                suffixed.warning().message());
        assertNull(((Elected) outcomes.get(early)).warning());
    }

    @Test
    void anExplicitSlugPublishedFirstTakesItFromADerivedOne() {
        Claim derived = claim("a/hello.md", "2021-01-01T00:00:00Z", null, "hello", false);
        Claim explicit = claim("z/other.md", "2020-01-01T00:00:00Z", null, "hello", true);
        Map<Claim, Outcome> outcomes = KeyElection.elect(List.of(derived, explicit));
        assertEquals("hello", slug(outcomes.get(explicit)));
        assertEquals("hello-a", slug(outcomes.get(derived)));
    }

    @Test
    void pageBundlesAreToldApartByTheFolderTheBundleIsIn() {
        Claim root = claim("about/index.md", null, null, "about", false);
        Claim german = claim("de/about/index.md", null, null, "about", false);
        Claim french = claim("fr/about/index.fr.md", null, null, "about", false);
        Map<Claim, Outcome> outcomes = KeyElection.elect(List.of(german, french, root));
        assertEquals("about", slug(outcomes.get(root)));
        assertEquals("about-de", slug(outcomes.get(german)));
        assertEquals("about-fr", slug(outcomes.get(french)));
    }

    @Test
    void aSuffixNeverTakesASlugAnotherPostClaims() {
        Claim english = claim("en/intro.md", null, null, "intro", false);
        Claim french = claim("fr/intro.md", null, null, "intro", false);
        Claim own = claim("intro-fr.md", null, null, "intro-fr", false);
        Map<Claim, Outcome> outcomes = KeyElection.elect(List.of(english, french, own));
        assertEquals("intro", slug(outcomes.get(english)));
        assertEquals("intro-fr", slug(outcomes.get(own)));
        assertEquals("intro-2", slug(outcomes.get(french)));
    }

    @Test
    void explicitIdsGoToThePostPublishedFirstAndOthersAreGeneratedFromThePath() {
        Claim later = claim("a.md", "2022-01-01T00:00:00Z", "7", "a", false);
        Claim first = claim("b.md", "2021-01-01T00:00:00Z", "7", "b", false);
        Claim generated = claim("c.md", null, null, "", false);
        Map<Claim, Outcome> outcomes = KeyElection.elect(List.of(later, first, generated));
        assertEquals("7", ((Elected) outcomes.get(first)).publicId());
        assertEquals(
                "duplicate id '7': already used by b.md",
                ((Refused) outcomes.get(later)).error().message());
        Elected id = (Elected) outcomes.get(generated);
        assertEquals(id.publicId(), id.slug(), "an empty slug falls back to the id");
        long number = Long.parseLong(id.publicId());
        assertEquals(true, number >= 1 && number < (1L << 53));
    }

    @Test
    void aPostAnIncompleteScanDidNotSeeKeepsItsKeys() {
        Claim unseen = new Claim("z/kept.md", null, "42", true, "hello", true, "z", true);
        Claim earlier = claim("a/new.md", "2020-01-01T00:00:00Z", "42", "hello", true);
        Map<Claim, Outcome> outcomes = KeyElection.elect(List.of(earlier, unseen));
        assertEquals("hello", slug(outcomes.get(unseen)));
        assertInstanceOf(Refused.class, outcomes.get(earlier));
    }

    @Test
    void theOutcomeDoesNotDependOnTheOrderOfTheClaims() {
        Random random = new Random(7);
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String folder = "f" + random.nextInt(4);
            String date = random.nextInt(3) == 0
                    ? null
                    : "202" + random.nextInt(5) + "-01-0" + (1 + random.nextInt(9)) + "T00:00:00Z";
            String id = random.nextInt(5) == 0 ? Integer.toString(random.nextInt(6)) : null;
            claims.add(claim(folder + "/p" + i + ".md", date, id, "s" + random.nextInt(8), random.nextInt(4) == 0));
        }
        Map<String, String> expected = describe(KeyElection.elect(claims));
        for (int round = 0; round < 20; round++) {
            List<Claim> shuffled = new ArrayList<>(claims);
            Collections.shuffle(shuffled, random);
            assertEquals(expected, describe(KeyElection.elect(shuffled)));
        }
    }

    private static Map<String, String> describe(Map<Claim, Outcome> outcomes) {
        Map<String, String> described = new TreeMap<>();
        outcomes.forEach((claim, outcome) -> described.put(
                claim.path(),
                outcome instanceof Elected e
                        ? e.publicId() + " " + e.slug()
                        : ((Refused) outcome).error().message()));
        return described;
    }

    private static String slug(Outcome outcome) {
        return assertInstanceOf(Elected.class, outcome).slug();
    }

    private static Claim claim(String path, String date, String id, String slug, boolean explicit) {
        return new Claim(
                path,
                date == null ? null : Instant.parse(date),
                id,
                true,
                slug,
                explicit,
                FileNames.suffixFolder(path));
    }
}
