package pl.bramka.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import pl.bramka.report.StatementOptions.Mt940Profile;

/**
 * The {@code :86:} of one statement line: at most six lines of 65 characters, the first counting its tag. The Polish
 * profile writes {@code ~} subfields as Polish banks do and breaks lines only before a {@code ~}; SWIFT-strict
 * writes the title, order, counterparty and account as plain words. When the title does not hold the order id (a
 * payout's id), both add it, so the shop finds it in the text as well: the Polish profile before the title, as in
 * example 1 of {@code formats.md}, SWIFT-strict after it, as in example 3.
 */
final class Mt940Details {

    private static final int LINE = 65;

    private static final int FIRST_LINE = LINE - ":86:".length();

    private static final int MAX_LINES = 6;

    private static final int SUBFIELD = 27;

    private static final int TITLE_SUBFIELDS = 6;

    private static final Pattern POLISH_IBAN = Pattern.compile("PL\\d{26}");

    private final Mt940Profile profile;

    private final Mt940Text text;

    Mt940Details(Mt940Profile profile, Mt940Text text) {
        this.profile = profile;
        this.text = text;
    }

    /** The lines, the first without its {@code :86:} tag. */
    List<String> lines(StatementEntry entry, StatementCodes codes) {
        return profile == Mt940Profile.POLISH_STRUCTURED ? structured(entry, codes) : plain(entry, codes);
    }

    private List<String> structured(StatementEntry entry, StatementCodes codes) {
        List<String> title = new ArrayList<>();
        String ownerId = Statements.ownerId(entry);
        if (!entry.title().contains(ownerId)) {
            title.addAll(Mt940Text.wrap(text.clean(ownerId), SUBFIELD, SUBFIELD, false));
        }
        title.addAll(Mt940Text.wrap(text.clean(entry.title()), SUBFIELD, SUBFIELD, false));
        int titleSubfields = Math.min(title.size(), TITLE_SUBFIELDS);
        while (true) {
            List<String> lines = layout(subfields(entry, codes, title.subList(0, titleSubfields)));
            if (lines.size() <= MAX_LINES || titleSubfields == 1) {
                return lines;
            }
            titleSubfields--;
        }
    }

    private List<Subfield> subfields(StatementEntry entry, StatementCodes codes, List<String> title) {
        List<Subfield> subfields = new ArrayList<>();
        subfields.add(new Subfield(codes.code(), false));
        subfields.add(new Subfield("~00" + text.clean(codes.operation()), false));
        for (int index = 0; index < title.size(); index++) {
            subfields.add(new Subfield("~2" + index + title.get(index), false));
        }
        String iban = Statements.iban(entry.counterpartyIban());
        if (iban != null && POLISH_IBAN.matcher(iban).matches()) {
            // The Polish account number (NRB) is the IBAN's last 26 digits: 2 check digits, a sort code of 8, 16.
            subfields.add(new Subfield("~30" + iban.substring(4, 12), true));
            subfields.add(new Subfield("~31" + iban.substring(12), false));
        }
        if (entry.counterpartyName() != null) {
            List<String> name = Mt940Text.wrap(text.clean(entry.counterpartyName()), SUBFIELD, SUBFIELD, false);
            for (int index = 0; index < Math.min(name.size(), 2); index++) {
                subfields.add(new Subfield("~3" + (2 + index) + name.get(index), false));
            }
        }
        if (iban != null) {
            subfields.add(new Subfield("~38" + iban, true));
        }
        subfields.add(new Subfield("~34" + codes.code(), false));
        return subfields;
    }

    /** Fills each line with whole subfields; the counterparty's account numbers begin lines, to be read whole. */
    private static List<String> layout(List<Subfield> subfields) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Subfield subfield : subfields) {
            int width = lines.isEmpty() ? FIRST_LINE : LINE;
            if (!line.isEmpty() && (subfield.startsLine() || line.length() + subfield.text().length() > width)) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(subfield.text());
        }
        lines.add(line.toString());
        return lines;
    }

    private List<String> plain(StatementEntry entry, StatementCodes codes) {
        StringBuilder words = new StringBuilder(entry.title());
        String ownerId = Statements.ownerId(entry);
        if (!entry.title().contains(ownerId)) {
            words.append(' ').append(ownerId);
        }
        if (entry.counterpartyName() != null) {
            words.append(' ').append(entry.counterpartyName());
        }
        String iban = Statements.iban(entry.counterpartyIban());
        if (iban != null) {
            words.append(' ').append(iban);
        }
        List<String> lines = Mt940Text.wrap(text.clean(words.toString()), FIRST_LINE, LINE, true);
        if (lines.isEmpty()) {
            return List.of(codes.englishDetails());
        }
        return lines.size() <= MAX_LINES ? lines : lines.subList(0, MAX_LINES);
    }

    private record Subfield(String text, boolean startsLine) {
    }
}
