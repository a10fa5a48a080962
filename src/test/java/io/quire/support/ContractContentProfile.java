package io.quire.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The fixture content plus posts that reach the corners of the contract: a string id, a post without
 * an excerpt (nothing but headings), and one to delete, so that a sync reports a deletion. Over a copy
 * of its own, with a preview token and an admin token.
 */
public class ContractContentProfile extends MutableContentProfile {

    public static final Path ROOT = withContractPosts(copyFixture());

    /** The slug of the post a test may delete. */
    public static final String DELETABLE = "soon-gone";

    @Override
    protected Path root() {
        return ROOT;
    }

    private static Path withContractPosts(Path root) {
        try {
            Files.writeString(root.resolve("string-id.md"), """
                    ---
                    id: "intro"
                    title: "Only Headings"
                    date: 2024-01-10
                    tags: [contract, java]
                    series: {name: "Edges", part: 1}
                    ---

                    ## A heading

                    ### And another, but no paragraph to take an excerpt from
                    """);
            Files.writeString(root.resolve(DELETABLE + ".md"), """
                    ---
                    id: 4242
                    title: "Soon Gone"
                    date: 2023-06-01
                    tags: [contract]
                    ---

                    A post that a test deletes, so that a sync has something to report as deleted.
                    """);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
