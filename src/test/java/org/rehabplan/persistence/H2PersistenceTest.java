package org.rehabplan.persistence;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** The repository contract on the embedded H2 database (the default). */
@SpringBootTest
@WithMockUser(username = "therapist", roles = "THERAPIST")
class H2PersistenceTest extends PersistenceContract {
}
