package pl.bramka.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.prowidesoftware.swift.model.SwiftCharsetUtils;
import com.prowidesoftware.swift.model.field.Field61;
import com.prowidesoftware.swift.model.field.Field86;
import com.prowidesoftware.swift.model.mt.mt9xx.MT940;

import pl.bramka.report.StatementOptions.Mt940Profile;

/**
 * Reads an MT940 file with Prowide, which parses but does not validate, and checks what Prowide leaves out: the
 * balances, the line lengths, the line starts and the character set.
 */
final class Mt940Check {

    private static final Pattern TAG_LINE = Pattern.compile(":(20|25|28C|60F|60M|61|86|62F|62M|64):.*");

    /** Prowide reads the text block only inside an envelope; the headers keep it from warning of no message type. */
    private static final String ENVELOPE = "{1:F01XXXXXXXXAXXX0000000000}{2:I940XXXXXXXXXXXXN}{4:\r\n";

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,12},\\d{0,2}");

    private Mt940Check() {
    }

    /** Each statement of the file, parsed, after checking everything above; {@code text} is the decoded file. */
    static List<MT940> statements(String text, Mt940Profile profile) {
        assertThat(text).endsWith("-\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        List<MT940> statements = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        for (String line : text.substring(0, text.length() - 2).split("\r\n", -1)) {
            assertThat(line.length()).as("line length of %s", line).isLessThanOrEqualTo(65);
            if (line.equals("-")) {
                statements.add(parsed(statement.toString(), profile));
                statement.setLength(0);
                continue;
            }
            if (line.startsWith(":")) {
                assertThat(line).as("a line starting with a colon is a field").matches(TAG_LINE);
            }
            assertThat(line).as("only the end of a statement starts with a dash").doesNotStartWith("-");
            statement.append(line).append("\r\n");
        }
        assertThat(statement).as("nothing after the last statement").isEmpty();
        return statements;
    }

    private static MT940 parsed(String statement, Mt940Profile profile) {
        if (profile == Mt940Profile.SWIFT_STRICT) {
            assertThat(SwiftCharsetUtils.is_x(statement)).as("first character outside SWIFT x").isEqualTo(-1);
        }
        MT940 message = MT940.parse(ENVELOPE + statement + "-}");
        assertThat(message.getField20()).isNotNull();
        assertThat(message.getField25()).isNotNull();
        assertThat(message.getField28C()).isNotNull();
        boolean firstPage = message.getField60F() != null;
        BigDecimal opening = firstPage ? signed(message.getField60F().getDCMark(),
                message.getField60F().getAmountAsBigDecimal()) : signed(message.getField60M().getDCMark(),
                        message.getField60M().getAmountAsBigDecimal());
        BigDecimal sum = BigDecimal.ZERO;
        for (Field61 line : message.getField61()) {
            assertThat(line.getValueDateAsCalendar()).isNotNull();
            assertThat(line.getEntryDateAsCalendar()).isNotNull();
            assertThat(line.getAmount()).matches(AMOUNT);
            assertThat(line.getReferenceForTheAccountOwner()).isNotBlank();
            sum = sum.add(signed(line.getDebitCreditMark(), line.getAmountAsBigDecimal()));
        }
        BigDecimal closing = message.getField62F() != null ? signed(message.getField62F().getDCMark(),
                message.getField62F().getAmountAsBigDecimal()) : signed(message.getField62M().getDCMark(),
                        message.getField62M().getAmountAsBigDecimal());
        assertThat(opening.add(sum)).as("opening + entries = closing").isEqualByComparingTo(closing);
        for (Field86 details : message.getField86()) {
            assertThat(details.getLines().size()).as("lines of :86:").isLessThanOrEqualTo(6);
        }
        return message;
    }

    /** The amount with its sign: a credit or a reversed debit adds, a debit or a reversed credit subtracts. */
    static BigDecimal signed(String mark, BigDecimal amount) {
        return mark.equals("C") || mark.equals("RD") ? amount : amount.negate();
    }
}
