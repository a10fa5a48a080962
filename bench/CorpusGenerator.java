import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Deterministic Markdown corpus for Quire's benchmarks. Needs nothing but a JDK 17:
 *
 * <pre>
 *   java bench/CorpusGenerator.java --posts 10000 --seed 1 --out /tmp/corpus
 * </pre>
 *
 * <p>Writes {@code posts/<slug>.md} files with YAML front matter (id, title, excerpt, date,
 * sometimes readTime / featured / updated / author / series / cover / canonicalUrl, 1-5 tags
 * from a pool of 200 with a Zipf-like popularity) and a 600-1500 word GFM body (headings,
 * paragraphs with emphasis, inline code and links, bullet, ordered and task lists, fenced code
 * with a language, tables, block quotes).
 *
 * <p>Same {@code --posts} and {@code --seed}: byte-identical output. The file names, slugs, ids
 * and titles depend only on the post's index, never on the seed, so generating again with another
 * seed into the same folder rewrites every file in place (new body, excerpt, dates, tags): an
 * import then sees N updated posts, no creates or deletes. Every post is published (no drafts,
 * no future dates), so an import of N posts serves N posts.
 *
 * <p>With {@code --queries N --queries-out FILE} it also (or, without {@code --out}, only) writes N
 * distinct {@code /api/search} request paths, one per line, from the same vocabulary: single words,
 * two words, quoted two-word phrases, prefixes ({@code cach*}), words of 5+ letters with one letter
 * changed (typo tolerance), some with {@code &tag=} (a tag of the pool, by popularity) or
 * {@code &page=2}. Same N and seed: the same file. The benchmark sends each line at most once per
 * run, so no request is answered from Quire's response cache.
 *
 * <pre>
 *   java bench/CorpusGenerator.java --queries 50000 --seed 1 --queries-out /tmp/search-paths.txt
 * </pre>
 *
 * <p>With {@code --lists N --lists-out FILE} (and {@code --posts}, which decides how deep pages go) it
 * writes N distinct post-list request paths: {@code /api/posts} (and one in ten {@code
 * /api/tags/<tag>/posts}) with every sort, sizes from 10 to 100, pages from the first to the last
 * (half of them past page 5, one in five in the last fifth), and filters: one or two tags, an
 * excluded tag, featured, year or year and month, a date range, fields. Same N, posts and seed: the
 * same file.
 */
public class CorpusGenerator {

    static final String[] WORDS = (
            "the a of to and in is that for it with as on be this by are or not from at which we an "
            + "can will if but all they more when one you so what about there would their only also into "
            + "than then them these some could time after most other over such because any each first very "
            + "request response cache latency throughput database index query server client service "
            + "deployment release pipeline build test tests review incident alert metric metrics trace "
            + "log logs queue worker thread memory heap garbage collector pause budget error errors retry "
            + "timeout backoff connection pool schema migration column table row transaction lock replica "
            + "primary shard partition cluster node container image kernel process network packet socket "
            + "header payload endpoint version contract consumer producer event stream batch job schedule "
            + "config flag feature rollout rollback canary traffic load balancer proxy gateway edge origin "
            + "browser page render layout paint script bundle module package dependency upgrade library "
            + "framework compiler runtime benchmark profile hot path allocation copy buffer file disk "
            + "storage bucket object key value hash map list tree graph node edge cost team engineer "
            + "owner on-call runbook postmortem decision document design tradeoff constraint assumption "
            + "failure outage recovery backup restore snapshot consistency availability durability "
            + "simple small large fast slow cheap expensive stable flaky noisy quiet safe risky correct "
            + "wrong clear hidden explicit implicit local remote shared private public internal external "
            + "usually often rarely never always sometimes quickly slowly carefully roughly exactly nearly "
            + "measure change deploy ship write read fetch store serve parse validate reject accept handle "
            + "observe debug fix break scale split merge cache invalidate expire refresh rebuild compute "
            + "user users customer customers product week month quarter year day hour minute second "
            + "problem solution question answer reason example pattern practice habit rule guideline "
            + "naïve café résumé façade déjà-vu").split(" ");

    static final String[] TOPIC_WORDS = (
            "caching pagination indexes alerts deploys testing migrations queues tracing profiling "
            + "latency budgets retries timeouts schemas contracts rollouts canaries backups replicas "
            + "sharding observability incidents postmortems on-call runbooks reviews refactoring builds "
            + "pipelines containers kernels networking proxies gateways browsers rendering bundles "
            + "dependencies upgrades compilers runtimes benchmarks allocations buffers storage hashing "
            + "consistency durability search feeds webhooks permissions sessions tokens secrets "
            + "logging metrics dashboards flags experiments").split(" ");

    static final String[] TITLE_FORMS = {
        "%s Without Tears", "Designing %s That Scale", "What We Learned About %s", "A Field Guide to %s",
        "%s in Production", "Fighting %s Fatigue", "The Hidden Cost of %s", "%s, Revisited",
        "Measuring %s in the Field", "Why Our %s Were Wrong", "Notes on %s and %s", "%s vs. %s",
        "Getting %s Right", "Ten Years of %s", "%s at the Edge", "Debugging %s", "%s: A Checklist",
        "How We Cut %s in Half", "The Case Against %s", "Small %s, Big Wins"
    };

    static final String[] BASE_TAGS = {
        "api-design", "databases", "performance", "culture", "incidents", "learning", "caching", "http",
        "testing", "ci", "observability", "alerting", "on-call", "frontend", "backend", "postgres", "mysql",
        "sqlite", "redis", "kafka", "kubernetes", "docker", "linux", "networking", "security", "privacy",
        "java", "kotlin", "go", "rust", "python", "javascript", "typescript", "css", "html", "graphql",
        "grpc", "rest", "json", "yaml", "markdown", "search", "indexing", "migrations", "schema-design",
        "architecture", "microservices", "monoliths", "serverless", "edge", "cdn", "dns", "tls", "oauth",
        "authentication", "authorization", "logging", "metrics", "tracing", "profiling", "benchmarks",
        "memory", "garbage-collection", "concurrency", "async", "queues", "streaming", "batch", "etl",
        "data-engineering", "analytics", "machine-learning", "accessibility", "design-systems", "mobile",
        "ios", "android", "web-vitals", "seo", "documentation", "code-review", "refactoring",
        "technical-debt", "hiring", "management", "mentoring", "remote-work", "productivity", "tooling",
        "git", "build-systems", "maven", "gradle", "npm", "release-engineering", "feature-flags",
        "experimentation", "reliability", "sre", "chaos-engineering", "capacity-planning", "cost",
        "finops", "compliance", "gdpr", "open-source", "community", "career", "writing", "postmortems",
        "runbooks", "incident-response", "distributed-systems", "consensus", "replication", "sharding",
        "backups", "disaster-recovery", "storage", "file-systems", "compilers", "jvm", "wasm", "browsers",
        "rendering", "bundling", "state-management", "react", "vue", "svelte", "quarkus", "spring",
        "hibernate", "jdbc", "orm", "sql", "nosql", "time-series", "geo", "unicode", "i18n", "l10n",
        "dates-and-times", "pagination", "rate-limiting", "load-balancing", "proxies", "api-gateways",
        "webhooks", "events", "event-sourcing", "cqrs", "domain-driven-design", "testing-in-production",
        "flaky-tests", "property-based-testing", "fuzzing", "static-analysis", "type-systems",
        "functional-programming", "object-oriented-design", "algorithms", "data-structures", "hashing",
        "cryptography", "secrets-management", "supply-chain", "sbom", "containers", "virtual-machines",
        "hardware", "cpu", "caching-strategies", "http-caching", "etags", "compression", "images", "fonts",
        "video", "Deep Learning", "Developer Experience", "Site Reliability", "Open Source Maintenance",
        "Platform Engineering", "Incident Review", "Data Modeling", "Performance Budgets", "Web Performance",
        "On-Call Health", "API Versioning", "Zero Downtime Deploys", "Cost Optimization", "Tech Leadership",
        "Engineering Culture", "Knowledge Sharing", "缓存", "café-ops", "Résumé Tips"
    };

    static final String[] AUTHORS = {
        "Ada Park", "Bruno Costa", "Chiara Rossi", "Dmitri Volkov", "Emeka Obi", "Fatima Zahra", "Grace Liu",
        "Hannes Berg", "Inés Moreno", "Jun Tanaka", "Kwame Mensah", "Lena Fischer"
    };

    static final String[] SERIES = {
        "Scaling Reads", "Incident Stories", "The Testing Pyramid", "Caching Deep Dive", "Postgres in Practice",
        "Frontend Speed", "On-Call Diaries", "API Design Notes"
    };

    static final String[] LANGS = {"java", "sql", "json", "bash", "yaml", "python", "go", "javascript", "text"};

    static final String[] HOSTS = {
        "https://example.com", "https://docs.example.org", "https://blog.example.net", "https://www.example.com"
    };

    static final LocalDate FIRST_DATE = LocalDate.of(2016, 1, 1);
    static final int DATE_SPAN_DAYS = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - FIRST_DATE.toEpochDay());

    static String[] tagPool;
    static double[] tagCumulative;
    /** The tags some post of the corpus has: request paths name only these (no 404 for a tag of nobody). */
    static Set<String> corpusTags;

    public static void main(String[] args) throws Exception {
        int posts = 10_000;
        long seed = 1;
        Path out = null;
        int queries = 0;
        Path queriesOut = null;
        int lists = 0;
        Path listsOut = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--posts" -> posts = Integer.parseInt(next(args, ++i, a));
                case "--seed" -> seed = Long.parseLong(next(args, ++i, a));
                case "--out" -> out = Path.of(next(args, ++i, a));
                case "--queries" -> queries = Integer.parseInt(next(args, ++i, a));
                case "--queries-out" -> queriesOut = Path.of(next(args, ++i, a));
                case "--lists" -> lists = Integer.parseInt(next(args, ++i, a));
                case "--lists-out" -> listsOut = Path.of(next(args, ++i, a));
                case "-h", "--help" -> {
                    System.out.println(USAGE);
                    return;
                }
                default -> usage("unknown argument: " + a);
            }
        }
        if (out == null && queriesOut == null && listsOut == null) {
            usage("--out DIR (or --queries-out FILE, --lists-out FILE) is required");
        }
        if (posts < 1) usage("--posts must be >= 1");
        if ((queries > 0) != (queriesOut != null)) usage("--queries N and --queries-out FILE go together");
        if ((lists > 0) != (listsOut != null)) usage("--lists N and --lists-out FILE go together");

        buildTagPool();
        if (out != null) writeCorpus(out, posts, seed);
        if ((queriesOut != null || listsOut != null) && corpusTags == null) corpusTags = tagsOf(posts, seed);
        if (queriesOut != null) writeSearchPaths(queriesOut, queries, seed);
        if (listsOut != null) writeListPaths(listsOut, lists, posts, seed);
    }

    static final String USAGE = "usage: java bench/CorpusGenerator.java --posts N --seed S --out DIR"
            + " [--queries N --queries-out FILE] [--lists N --lists-out FILE]";

    static void writeCorpus(Path out, int posts, long seed) throws IOException {
        long start = System.nanoTime();
        Path dir = out.resolve("posts");
        Files.createDirectories(dir);
        final long s = seed;
        final int n = posts;
        AtomicLong bytes = new AtomicLong();
        AtomicLong words = new AtomicLong();
        Set<String> tags = java.util.concurrent.ConcurrentHashMap.newKeySet();
        IntStream.range(0, n).parallel().forEach(i -> {
            Post p = generate(i, s, n);
            tags.addAll(p.tags());
            byte[] data = p.text.getBytes(StandardCharsets.UTF_8);
            bytes.addAndGet(data.length);
            words.addAndGet(p.words);
            try {
                Files.write(dir.resolve(p.slug + ".md"), data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        corpusTags = tags;
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                Locale.ROOT,
                "wrote %d posts (%.1f MB, %d words) to %s in %d ms (seed %d)%n",
                n, bytes.get() / 1e6, words.get(), dir, ms, seed);
    }

    static String next(String[] args, int i, String flag) {
        if (i >= args.length) usage(flag + " needs a value");
        return args[i];
    }

    static void usage(String msg) {
        System.err.println(msg);
        System.err.println(USAGE);
        System.exit(2);
    }

    // ------------------------------------------------------------------ tags ----

    static void buildTagPool() {
        LinkedHashSet<String> pool = new LinkedHashSet<>(Arrays.asList(BASE_TAGS));
        SplittableRandom r = new SplittableRandom(0x7A65L);
        Set<String> slugs = new HashSet<>();
        for (String t : pool) {
            if (!slugs.add(slug(t))) throw new IllegalStateException("duplicate tag slug: " + t);
        }
        while (pool.size() < 200) {
            String a = pick(r, TOPIC_WORDS), b = pick(r, TOPIC_WORDS);
            String t = a + "-" + b;
            if (!a.equals(b) && slugs.add(slug(t))) pool.add(t);
        }
        List<String> list = new ArrayList<>(pool).subList(0, 200);
        // Popularity rank is a fixed shuffle of the pool, so the most common tag is not simply the first.
        String[] ranked = list.toArray(new String[0]);
        for (int i = ranked.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            String t = ranked[i];
            ranked[i] = ranked[j];
            ranked[j] = t;
        }
        tagPool = ranked;
        tagCumulative = new double[ranked.length];
        double sum = 0;
        for (int k = 0; k < ranked.length; k++) {
            sum += 1.0 / Math.pow(k + 1, 0.9);
            tagCumulative[k] = sum;
        }
        for (int k = 0; k < ranked.length; k++) tagCumulative[k] /= sum;
    }

    /** The tags the posts of a corpus of {@code posts} posts with {@code seed} have. */
    static Set<String> tagsOf(int posts, long seed) {
        return IntStream.range(0, posts)
                .parallel()
                .mapToObj(i -> generate(i, seed, posts).tags())
                .flatMap(List::stream)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** A tag by popularity, among the tags of the generated corpus (a small corpus lacks rare tags). */
    static String corpusTag(SplittableRandom r) {
        while (true) {
            String t = zipfTag(r);
            if (corpusTags == null || corpusTags.contains(t)) return t;
        }
    }

    static String zipfTag(SplittableRandom r) {
        double u = r.nextDouble();
        int idx = Arrays.binarySearch(tagCumulative, u);
        if (idx < 0) idx = -idx - 1;
        return tagPool[Math.min(idx, tagPool.length - 1)];
    }

    // --------------------------------------------------------------- queries ----

    /** Kinds of search query; the first lines of the file have one of each, in this order. */
    static final String[] QUERY_KINDS = {"word", "two words", "phrase", "prefix", "typo"};

    /** Percent of each kind, in the order of {@link #QUERY_KINDS}. */
    static final int[] QUERY_KIND_WEIGHTS = {25, 25, 15, 15, 20};

    static final int TAG_PERCENT = 20;
    static final int PAGE_2_PERCENT = 10;

    /**
     * Writes {@code n} distinct search request paths. A path drawn twice is dropped and drawn again,
     * so once the few thousand single-word paths are used up the mix leans towards the kinds with
     * more combinations; the summary line gives the mix that was written.
     */
    static void writeSearchPaths(Path file, int n, long seed) throws IOException {
        // Content words only: the first part of WORDS is function words (mostly stop words, which
        // alone match nothing). Topic words are the words of titles and of many tags.
        int firstContent = Arrays.asList(WORDS).indexOf("request");
        String[] content = Arrays.copyOfRange(WORDS, firstContent, WORDS.length);
        Set<String> vocabulary = new HashSet<>(Arrays.asList(WORDS));
        vocabulary.addAll(Arrays.asList(TOPIC_WORDS));
        String[] all = vocabulary.stream().sorted().toArray(String[]::new);
        String[] typoable = Arrays.stream(all).filter(w -> w.length() >= 5 && w.matches("[a-z]+")).toArray(String[]::new);
        String[] prefixable = Arrays.stream(all).filter(w -> w.length() >= 4 && w.matches("[a-z]+")).toArray(String[]::new);

        SplittableRandom r = new SplittableRandom(mix(seed, 0x5EA2C4L));
        LinkedHashSet<String> paths = new LinkedHashSet<>(n * 2);
        int[] kinds = new int[QUERY_KINDS.length];
        int tagged = 0, paged = 0;
        long attempts = 0;
        while (paths.size() < n) {
            if (++attempts > 50L * n + 1000) {
                throw new IllegalStateException("could not make " + n + " distinct search paths");
            }
            boolean first = paths.size() < QUERY_KINDS.length;
            int kind = first ? paths.size() : weighted(r, QUERY_KIND_WEIGHTS);
            String q = switch (kind) {
                case 0 -> searchWord(r, content);
                case 1 -> twoWords(r, content);
                case 2 -> '"' + twoWords(r, content) + '"';
                case 3 -> {
                    String w = pick(r, prefixable);
                    String prefix = w.substring(0, 3 + r.nextInt(Math.min(3, w.length() - 3))) + "*";
                    yield r.nextInt(5) < 3 ? prefix : prefix + " " + searchWord(r, content);
                }
                default -> {
                    String typo = typo(r, pick(r, typoable), vocabulary);
                    yield r.nextInt(5) < 3 ? typo : typo + " " + searchWord(r, content);
                }
            };
            StringBuilder path = new StringBuilder("/api/search?q=").append(urlEncode(q));
            boolean tag = !first && r.nextInt(100) < TAG_PERCENT;
            boolean page2 = !first && r.nextInt(100) < PAGE_2_PERCENT;
            if (tag) path.append("&tag=").append(urlEncode(slug(corpusTag(r))));
            if (page2) path.append("&page=2");
            if (paths.add(path.toString())) {
                kinds[kind]++;
                if (tag) tagged++;
                if (page2) paged++;
            }
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.write(file, paths, StandardCharsets.UTF_8);
        StringBuilder mix = new StringBuilder();
        for (int k = 0; k < kinds.length; k++) {
            mix.append(k == 0 ? "" : ", ").append(percent(kinds[k], n)).append(' ').append(QUERY_KINDS[k]);
        }
        System.out.printf(
                Locale.ROOT,
                "wrote %d distinct search paths (%s; %s with a tag, %s page 2) to %s (seed %d)%n",
                n, mix, percent(tagged, n), percent(paged, n), file, seed);
    }

    static final String[] SORTS = {"", "-date", "date", "title", "-title", "-updated"};
    static final int[] SIZES = {10, 20, 20, 20, 50, 100};

    /**
     * Writes {@code n} distinct list request paths over a corpus of {@code posts} posts (see the class
     * comment for the mix). A path drawn twice is drawn again.
     */
    static void writeListPaths(Path file, int n, int posts, long seed) throws IOException {
        SplittableRandom r = new SplittableRandom(mix(seed, 0x115751L));
        LinkedHashSet<String> paths = new LinkedHashSet<>(n * 2);
        int deep = 0, filtered = 0, tagPaths = 0;
        long attempts = 0;
        while (paths.size() < n) {
            if (++attempts > 50L * n + 1000) {
                throw new IllegalStateException("could not make " + n + " distinct list paths");
            }
            StringBuilder query = new StringBuilder();
            boolean tagPath = r.nextInt(10) == 0;
            boolean filter = false;
            String sort = SORTS[r.nextInt(SORTS.length)];
            if (!sort.isEmpty()) query.append("&sort=").append(sort);
            int size = SIZES[r.nextInt(SIZES.length)];
            if (size != 20) query.append("&size=").append(size);
            int u = r.nextInt(100);
            if (u < 30) {
                query.append("&tag=").append(urlEncode(slug(corpusTag(r))));
                filter = true;
            } else if (u < 40) {
                query.append("&tag=").append(urlEncode(slug(corpusTag(r))))
                        .append("&tag=").append(urlEncode(slug(corpusTag(r))));
                filter = true;
            }
            if (r.nextInt(10) == 0) {
                query.append("&excludeTag=").append(urlEncode(slug(corpusTag(r))));
                filter = true;
            }
            if (r.nextInt(100) < 15) {
                query.append("&featured=").append(r.nextBoolean());
                filter = true;
            }
            int d = r.nextInt(100);
            if (d < 20) {
                int year = FIRST_DATE.getYear() + r.nextInt(10);
                query.append("&year=").append(year);
                if (d < 10) query.append("&month=").append(1 + r.nextInt(12));
                filter = true;
            } else if (d < 25) {
                LocalDate from = FIRST_DATE.plusDays(r.nextInt(DATE_SPAN_DAYS));
                query.append("&from=").append(from).append("&to=").append(from.plusDays(1 + r.nextInt(400)));
                filter = true;
            }
            if (r.nextInt(10) == 0) query.append("&fields=slug,title,date,tags");
            int last = Math.max(1, (posts + size - 1) / size);
            int p = r.nextInt(100);
            int page = p < 50 ? 1 + r.nextInt(Math.min(5, last))
                    : p < 80 ? 1 + r.nextInt(last)
                    : last - r.nextInt(Math.max(1, last / 5));
            if (page > 5) deep++;
            query.append("&page=").append(page);
            String path = tagPath
                    ? "/api/tags/" + urlEncode(slug(corpusTag(r))) + "/posts?" + query.substring(1)
                    : "/api/posts?" + query.substring(1);
            if (paths.add(path)) {
                if (filter) filtered++;
                if (tagPath) tagPaths++;
            } else if (page > 5) {
                deep--;
            }
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.write(file, paths, StandardCharsets.UTF_8);
        System.out.printf(
                Locale.ROOT,
                "wrote %d distinct list paths (%s filtered, %s past page 5, %s /api/tags/<tag>/posts) to %s (seed %d)%n",
                n, percent(filtered, n), percent(deep, n), percent(tagPaths, n), file, seed);
    }

    static String searchWord(SplittableRandom r, String[] content) {
        return r.nextInt(4) == 0 ? pick(r, TOPIC_WORDS) : pick(r, content);
    }

    static String twoWords(SplittableRandom r, String[] content) {
        String a = searchWord(r, content), b = searchWord(r, content);
        while (b.equals(a)) b = searchWord(r, content);
        return a + " " + b;
    }

    /** The word with one letter replaced by another, so that it is no longer a word of the corpus. */
    static String typo(SplittableRandom r, String word, Set<String> vocabulary) {
        while (true) {
            char[] c = word.toCharArray();
            int at = r.nextInt(c.length);
            char was = c[at];
            while (c[at] == was) c[at] = (char) ('a' + r.nextInt(26));
            String typo = new String(c);
            if (!vocabulary.contains(typo)) return typo;
        }
    }

    static int weighted(SplittableRandom r, int[] weights) {
        int total = Arrays.stream(weights).sum();
        int u = r.nextInt(total);
        for (int k = 0; k < weights.length; k++) {
            u -= weights[k];
            if (u < 0) return k;
        }
        return weights.length - 1;
    }

    /** Percent-encoded for a query string, with %20 (not +) for spaces. */
    static String urlEncode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String percent(int part, int whole) {
        return String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }

    // ----------------------------------------------------------------- posts ----

    record Post(String slug, String text, int words, List<String> tags) {}

    static Post generate(int index, long seed, int total) {
        int id = index + 1;
        // Names depend on the index only; content on (seed, index).
        SplittableRandom nameRng = new SplittableRandom(mix(0x5EEDL, index));
        SplittableRandom r = new SplittableRandom(mix(seed, index));

        String topicA = capitalize(pick(nameRng, TOPIC_WORDS));
        String topicB = capitalize(pick(nameRng, TOPIC_WORDS));
        String form = pick(nameRng, TITLE_FORMS);
        String title = form.indexOf("%s") != form.lastIndexOf("%s")
                ? String.format(form, topicA, topicB)
                : String.format(form, topicA);
        String slug = slug(title) + "-" + id;

        StringBuilder sb = new StringBuilder(9000);
        sb.append("---\n");
        sb.append("id: ").append(id).append('\n');
        sb.append("title: \"").append(title).append("\"\n");
        String excerpt = sentence(r, 14 + r.nextInt(16), false);
        sb.append("excerpt: \"").append(excerpt).append("\"\n");

        // Dates spread over ten years; newer posts slightly more likely.
        int dayOffset = (int) (DATE_SPAN_DAYS * Math.sqrt(r.nextDouble()));
        LocalDate date = FIRST_DATE.plusDays(dayOffset);
        int dateStyle = r.nextInt(20);
        if (dateStyle < 15) {
            sb.append("date: \"").append(date).append("\"\n");
        } else if (dateStyle < 18) {
            sb.append("date: \"").append(date).append(String.format(Locale.ROOT, "T%02d:%02d:00Z", r.nextInt(24), r.nextInt(60))).append("\"\n");
        } else {
            sb.append("date: ").append(date).append('\n'); // a bare YAML date
        }
        if (r.nextInt(10) == 0) {
            LocalDate updated = date.plusDays(1 + r.nextInt(300));
            if (updated.isAfter(LocalDate.of(2025, 12, 31))) updated = LocalDate.of(2025, 12, 31);
            sb.append("updated: \"").append(updated).append("\"\n");
        }

        // 1-5 distinct tags, Zipf-like popularity; a few posts write them as a block list.
        int tagCount = 1 + r.nextInt(5);
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        while (tags.size() < tagCount) tags.add(zipfTag(r));
        if (r.nextInt(5) == 0) {
            sb.append("tags:\n");
            for (String t : tags) sb.append("  - \"").append(t).append("\"\n");
        } else {
            sb.append("tags: [");
            boolean first = true;
            for (String t : tags) {
                if (!first) sb.append(", ");
                sb.append('"').append(t).append('"');
                first = false;
            }
            sb.append("]\n");
        }
        if (r.nextInt(20) == 0) sb.append("featured: true\n");
        else if (r.nextInt(10) == 0) sb.append("featured: false\n");

        // Unknown keys, kept verbatim by the API.
        if (r.nextInt(10) < 3) {
            if (r.nextInt(6) == 0) {
                sb.append("authors: [\"").append(pick(r, AUTHORS)).append("\", \"").append(pick(r, AUTHORS)).append("\"]\n");
            } else {
                sb.append("author: \"").append(pick(r, AUTHORS)).append("\"\n");
            }
        }
        if (r.nextInt(10) == 0) {
            sb.append("series: \"").append(pick(r, SERIES)).append("\"\n");
            sb.append("seriesPart: ").append(1 + r.nextInt(6)).append('\n');
        }
        if (r.nextInt(20) == 0) {
            sb.append("cover:\n  image: \"/images/").append(slug).append(".png\"\n  alt: \"")
                    .append(sentence(r, 5, true)).append("\"\n");
        }
        if (r.nextInt(25) == 0) {
            sb.append("canonicalUrl: \"").append(pick(r, HOSTS)).append("/posts/").append(slug).append("\"\n");
        }

        // Body: generated first so readTime (when written) can match it.
        int[] wordCounter = {0};
        String body = body(r, 600 + r.nextInt(761), total, wordCounter); // overshoots by up to ~140
        if (r.nextInt(10) < 4) {
            sb.append("readTime: \"").append(Math.max(1, (wordCounter[0] + 199) / 200)).append(" min\"\n");
        }
        sb.append("---\n\n");
        sb.append(body);
        return new Post(slug, sb.toString(), wordCounter[0], List.copyOf(tags));
    }

    static String body(SplittableRandom r, int targetWords, int total, int[] words) {
        StringBuilder b = new StringBuilder(targetWords * 8);
        // Intro paragraph(s).
        paragraph(b, r, words, total);
        if (r.nextBoolean()) paragraph(b, r, words, total);
        int section = 0;
        while (words[0] < targetWords) {
            section++;
            heading(b, r, 2, words);
            paragraph(b, r, words, total);
            int blocks = 1 + r.nextInt(4);
            for (int k = 0; k < blocks && words[0] < targetWords; k++) {
                switch (r.nextInt(12)) {
                    case 0, 1 -> bulletList(b, r, words);
                    case 2 -> orderedList(b, r, words);
                    case 3, 4 -> codeBlock(b, r);
                    case 5 -> table(b, r, words);
                    case 6 -> {
                        b.append("> ");
                        b.append(sentence(r, 12 + r.nextInt(15), true));
                        words[0] += 12;
                        b.append("\n\n");
                    }
                    case 7 -> taskList(b, r, words);
                    case 8 -> {
                        heading(b, r, 3, words);
                        paragraph(b, r, words, total);
                    }
                    default -> paragraph(b, r, words, total);
                }
            }
            if (section > 12) break;
        }
        return b.toString();
    }

    static void heading(StringBuilder b, SplittableRandom r, int level, int[] words) {
        b.append("#".repeat(level)).append(' ');
        int n = 2 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            if (i > 0) b.append(' ');
            String w = pick(r, WORDS);
            b.append(i == 0 ? capitalize(w) : w);
        }
        words[0] += n;
        b.append("\n\n");
    }

    static void paragraph(StringBuilder b, SplittableRandom r, int[] words, int total) {
        int sentences = 2 + r.nextInt(4);
        for (int s = 0; s < sentences; s++) {
            if (s > 0) b.append(' ');
            int n = 8 + r.nextInt(16);
            words[0] += n;
            b.append(capitalize(pick(r, WORDS)));
            for (int i = 1; i < n; i++) {
                b.append(' ');
                int d = r.nextInt(60);
                String w = pick(r, WORDS);
                switch (d) {
                    case 0 -> b.append('`').append(w).append("()`");
                    case 1 -> b.append("**").append(w).append("**");
                    case 2 -> b.append('_').append(w).append('_');
                    case 3 -> b.append('[').append(w).append(' ').append(pick(r, WORDS)).append("](")
                            .append(pick(r, HOSTS)).append('/').append(w.replaceAll("[^a-z]", "")).append('-')
                            .append(r.nextInt(1000)).append(')');
                    case 4 -> b.append("[an earlier post](/posts/").append(1 + r.nextInt(total)).append(')');
                    case 5 -> b.append(w).append(',');
                    case 6 -> b.append("~~").append(w).append("~~");
                    default -> b.append(w);
                }
            }
            b.append(r.nextInt(8) == 0 ? '?' : '.');
        }
        if (r.nextInt(15) == 0) {
            b.append(" See <").append(pick(r, HOSTS)).append("/notes/").append(r.nextInt(10_000)).append(">.");
        }
        b.append("\n\n");
    }

    static void bulletList(StringBuilder b, SplittableRandom r, int[] words) {
        int n = 3 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            int w = 4 + r.nextInt(10);
            words[0] += w;
            b.append("- ").append(sentence(r, w, r.nextBoolean())).append('\n');
            if (r.nextInt(6) == 0) {
                b.append("  - ").append(sentence(r, 5, false)).append('\n');
                words[0] += 5;
            }
        }
        b.append('\n');
    }

    static void orderedList(StringBuilder b, SplittableRandom r, int[] words) {
        int n = 3 + r.nextInt(3);
        for (int i = 1; i <= n; i++) {
            int w = 5 + r.nextInt(10);
            words[0] += w + 2;
            b.append(i).append(". **").append(capitalize(pick(r, WORDS))).append(' ').append(pick(r, WORDS))
                    .append("**: ").append(sentence(r, w, false)).append('\n');
        }
        b.append('\n');
    }

    static void taskList(StringBuilder b, SplittableRandom r, int[] words) {
        int n = 3 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            int w = 3 + r.nextInt(6);
            words[0] += w;
            b.append(r.nextBoolean() ? "- [x] " : "- [ ] ").append(sentence(r, w, false)).append('\n');
        }
        b.append('\n');
    }

    static void table(StringBuilder b, SplittableRandom r, int[] words) {
        int cols = 3 + r.nextInt(2);
        int rows = 3 + r.nextInt(4);
        b.append('|');
        for (int c = 0; c < cols; c++) b.append(' ').append(capitalize(pick(r, WORDS))).append(" |");
        b.append("\n|");
        for (int c = 0; c < cols; c++) b.append(c == 0 ? "---|" : (r.nextBoolean() ? "---:|" : ":---|"));
        b.append('\n');
        for (int row = 0; row < rows; row++) {
            b.append('|');
            for (int c = 0; c < cols; c++) {
                b.append(' ');
                if (c == 0) b.append(pick(r, WORDS)).append(' ').append(pick(r, WORDS));
                else if (r.nextBoolean()) b.append(r.nextInt(10_000)).append(r.nextBoolean() ? " ms" : "");
                else b.append('`').append(pick(r, WORDS)).append('`');
                b.append(" |");
            }
            b.append('\n');
        }
        words[0] += cols + rows * (cols + 1);
        b.append('\n');
    }

    static void codeBlock(StringBuilder b, SplittableRandom r) {
        String lang = pick(r, LANGS);
        int lines = 4 + r.nextInt(9);
        b.append("```").append(lang).append('\n');
        for (int i = 0; i < lines; i++) {
            String a = ident(r), c = ident(r);
            int v = r.nextInt(1000);
            switch (lang) {
                case "java" -> b.append(i == 0 ? "public final class " + capitalize(a) + " {" : "    var " + a + " = " + c + ".get(" + v + ");");
                case "sql" -> b.append("SELECT " + a + ", " + c + " FROM " + ident(r) + " WHERE id > " + v + " ORDER BY " + a + " LIMIT 20;");
                case "json" -> b.append(i == 0 ? "{" : "  \"" + a + "\": " + v + ",");
                case "bash" -> b.append("curl -s http://localhost:8080/api/" + a + "?page=" + v + " | jq '." + c + "'");
                case "yaml" -> b.append(a + ":\n  " + c + ": " + v);
                case "python" -> b.append(i == 0 ? "def " + a + "(" + c + "):" : "    " + a + " = " + c + "[" + v + "] * 2");
                case "go" -> b.append(i == 0 ? "func " + a + "(" + c + " int) error {" : "\t" + a + " := " + c + " + " + v);
                case "javascript" -> b.append("const " + a + " = await fetch(`/api/" + c + "?page=" + v + "`);");
                default -> b.append(a + " " + c + " " + v + " <" + ident(r) + "> & " + ident(r));
            }
            b.append('\n');
        }
        if (lang.equals("java") || lang.equals("go")) b.append("}\n");
        if (lang.equals("json")) b.append("  \"end\": true\n}\n");
        b.append("```\n\n");
    }

    // ---------------------------------------------------------------- helpers ----

    static String ident(SplittableRandom r) {
        String w = pick(r, WORDS).replaceAll("[^a-z]", "");
        if (w.isEmpty()) w = "x";
        return w + r.nextInt(10);
    }

    static String sentence(SplittableRandom r, int n, boolean period) {
        StringBuilder s = new StringBuilder(n * 7);
        s.append(capitalize(pick(r, WORDS)));
        for (int i = 1; i < n; i++) s.append(' ').append(pick(r, WORDS));
        if (period) s.append('.');
        return s.toString();
    }

    static <T> T pick(SplittableRandom r, T[] a) {
        return a[r.nextInt(a.length)];
    }

    static String capitalize(String w) {
        if (w.isEmpty()) return w;
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    static String slug(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean dash = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (dash && b.length() > 0) b.append('-');
                dash = false;
                b.appendCodePoint(Character.toLowerCase(cp));
            } else {
                dash = true;
            }
        }
        return b.toString();
    }

    static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
