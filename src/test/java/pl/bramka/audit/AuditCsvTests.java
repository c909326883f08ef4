package pl.bramka.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AuditCsvTests {

    @Test
    void cellsASpreadsheetWouldTakeForFormulasAreNeutralised() {
        for (String formula : new String[] {"=HYPERLINK(\"x\")", "+1", "-1", "@SUM(A1)", "\tx", "\rx"}) {
            assertThat(AuditCsv.cell(formula)).isEqualTo("'" + formula);
        }
        assertThat(AuditCsv.cell("Sklep = dobry")).isEqualTo("Sklep = dobry");
        assertThat(AuditCsv.cell(null)).isEmpty();
    }

    @Test
    void eachEntryIsOneQuotedRecordWithItsHashes() throws IOException {
        AuditEntry entry = AuditTrail.withHash(new AuditEntry(UUID.randomUUID(), 1,
                Instant.parse("2026-12-07T10:15:30Z"), null, "=cmd|' /C calc'!A0", "127.0.0.1", "SHOP_DATA",
                "Sklep, \"Główny\"", "name", "stara", "nowa", AuditEntry.GENESIS, ""));
        StringWriter out = new StringWriter();
        AuditCsv.write(out, consumer -> consumer.accept(entry));
        assertThat(out.toString().lines().toList()).containsExactly(
                "seq,time,user,address,kind,target,detail,old,new,previous_hash,entry_hash",
                "1,2026-12-07 11:15:30 +01:00,'=cmd|' /C calc'!A0,127.0.0.1,SHOP_DATA,\"Sklep, \"\"Główny\"\"\",name,"
                        + "stara,nowa," + AuditEntry.GENESIS + "," + entry.entryHash());
    }
}
