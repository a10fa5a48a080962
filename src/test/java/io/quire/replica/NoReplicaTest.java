package io.quire.replica;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.quire.content.ContentVersion;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Without a replica (the default, and the H2 build): every read on the primary, no replica check. */
@QuarkusTest
class NoReplicaTest {

    @Inject
    ReadReplica replica;

    @Inject
    ContentVersion contentVersion;

    @Test
    void readsStayOnThePrimary() {
        assertFalse(replica.configured());
        given().header("Host", "no-replica.example").get("/api/posts").then().statusCode(200);
        assertEquals(new ReadReplica.Counts(0, 0, 0, 0), replica.counts());
        assertEquals(ReadRoute.PRIMARY, ReadRoute.current());
        given().get("/q/health/ready").then().statusCode(200).body("checks.name", not(hasItem("read-replica")));
    }
}
