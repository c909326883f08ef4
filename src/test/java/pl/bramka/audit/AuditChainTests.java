package pl.bramka.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.IntegrationTest;
import pl.bramka.shop.ShopManagement;
import pl.bramka.user.Role;
import pl.bramka.user.SignedInUser;

class AuditChainTests extends IntegrationTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    ChainVerification verification;

    @Autowired
    ShopManagement shops;

    @Autowired
    MockMvc mvc;

    TestMerchant merchant;
    SignedInUser representative;

    @BeforeEach
    void merchant() {
        merchant = fixtures.merchantWithAllRoles();
        representative = fixtures.signedIn(merchant.email(Role.REPRESENTATIVE));
    }

    @Test
    void aChangeInThePanelIsRecordedWithWhoWhatAndFromWhere() throws Exception {
        UUID serviceId = shops.register(merchant.id(), "Sklep audytu", "https://sklep.example.com");
        mvc.perform(post("/shops/" + serviceId + "/integration/notification-url")
                .param("notificationUrl", "https://sklep.example.com/notify").param("urlPassword", Fixtures.PASSWORD)
                .with(csrf()).with(user(representative))
                .with(request -> {
                    request.setRemoteAddr("203.0.113.7");
                    return request;
                })).andExpect(status().is3xxRedirection());

        AuditEntry entry = entries().get(entries().size() - 1);
        assertThat(entry.kind()).isEqualTo(AuditKind.NOTIFICATION_URL.name());
        assertThat(entry.actor()).isEqualTo(representative.email());
        assertThat(entry.address()).isEqualTo("203.0.113.7");
        assertThat(entry.target()).isEqualTo("Sklep audytu");
        assertThat(entry.oldValue()).isNull();
        assertThat(entry.newValue()).isEqualTo("https://sklep.example.com/notify");
        assertThat(verification.verify(merchant.id()).isIntact()).isTrue();
    }

    @Test
    void anIntactChainVerifies() {
        writeThree();
        ChainVerification.Result result = verification.verify(merchant.id());
        assertThat(result.isIntact()).isTrue();
        assertThat(result.checked()).isEqualTo(entries().size());
    }

    @Test
    void verifyNamesAnEditedEntry() {
        writeThree();
        jdbc.sql("update audit_entry set new_value = 'PL00 forged' where merchant_id = ? and seq = 2")
                .param(merchant.id()).update();
        assertFinding(ChainVerification.Problem.EDITED, 2);
    }

    @Test
    void verifyNamesAnInsertedEntry() {
        writeThree();
        AuditEntry last = entries().get(entries().size() - 1);
        // A forger who knows the canonical form links the new row to the last one and hashes it correctly.
        AuditEntry forged = AuditTrail.withHash(new AuditEntry(merchant.id(), last.seq() + 1, last.occurredAt(),
                null, "intruder@example.com", null, AuditKind.IBAN.name(), "Sklep", "iban", null, "PL00 forged",
                last.entryHash(), ""));
        jdbc.sql("insert into audit_entry (" + AuditChain.COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(forged.merchantId(), forged.seq(), Timestamp.from(forged.occurredAt()), null,
                        forged.actor(), null, forged.kind(), forged.target(), forged.detail(), null,
                        forged.newValue(), forged.previousHash(), forged.entryHash())
                .update();
        assertFinding(ChainVerification.Problem.INSERTED, last.seq() + 1);
    }

    @Test
    void verifyNamesADeletedEntry() {
        writeThree();
        jdbc.sql("delete from audit_entry where merchant_id = ? and seq = 2").param(merchant.id()).update();
        assertFinding(ChainVerification.Problem.DELETED, 2);
    }

    @Test
    void verifyNamesTheNewestEntryDeleted() {
        writeThree();
        long last = entries().size();
        jdbc.sql("delete from audit_entry where merchant_id = ? and seq = ?").params(merchant.id(), last).update();
        assertFinding(ChainVerification.Problem.DELETED, last);
    }

    @Test
    void verifyNamesAnEntryWhosePredecessorWasRewrittenWithItsHash() {
        writeThree();
        AuditEntry second = entries().get(1);
        AuditEntry rewritten = AuditTrail.withHash(new AuditEntry(second.merchantId(), second.seq(),
                second.occurredAt(), second.actorId(), second.actor(), second.address(), second.kind(),
                second.target(), second.detail(), second.oldValue(), "rewritten", second.previousHash(), ""));
        jdbc.sql("update audit_entry set new_value = ?, entry_hash = ? where merchant_id = ? and seq = ?")
                .params(rewritten.newValue(), rewritten.entryHash(), merchant.id(), second.seq()).update();
        assertFinding(ChainVerification.Problem.BROKEN, second.seq() + 1);
    }

    @Test
    void concurrentWritersOfOneMerchantNeverForkTheChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String value = "v" + i;
                writes.add(pool.submit(() -> trail.record(new AuditRecord(merchant.id(), AuditKind.SHOP_DATA,
                        representative.id(), "Sklep", "name", null, value))));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        } finally {
            pool.shutdown();
        }
        List<AuditEntry> entries = entries();
        assertThat(entries).extracting(AuditEntry::seq)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, entries.size()).boxed().toList());
        assertThat(verification.verify(merchant.id()).isIntact()).isTrue();
    }

    @Test
    void theVerifyButtonShowsTheFinding() throws Exception {
        writeThree();
        jdbc.sql("update audit_entry set actor = 'someone@example.com' where merchant_id = ? and seq = 1")
                .param(merchant.id()).update();
        String page = mvc.perform(get("/audit/verify").with(user(representative)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Wpis nr 1 został zmieniony poza aplikacją.");
    }

    private void writeThree() {
        for (String value : List.of("PL61109010140000071219812874", "PL27114020040000300201355387", "Nowa nazwa")) {
            trail.record(new AuditRecord(merchant.id(), AuditKind.SHOP_DATA, representative.id(), "Sklep", "field",
                    null, value), "198.51.100.1");
        }
    }

    private void assertFinding(ChainVerification.Problem problem, long seq) {
        ChainVerification.Result result = verification.verify(merchant.id());
        assertThat(result.problem()).contains(problem);
        assertThat(result.seq()).isEqualTo(seq);
    }

    private List<AuditEntry> entries() {
        return jdbc.sql("select " + AuditChain.COLUMNS + " from audit_entry where merchant_id = ? order by seq")
                .param(merchant.id()).query(AuditChain::map).list();
    }
}
