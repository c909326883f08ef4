package pl.bramka.link;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.validation.Errors;
import pl.bramka.shared.Ids;

/** The list's filters as GET parameters, so a filtered list is a link; a bad value gets a message on its field. */
class LinkFilter {

    static final int MAX_SEARCH_LENGTH = 100;

    private String q = "";
    private String shop = "";
    private String kind = "";
    private String state = "";
    private String cursor = "";

    /** The search the filters ask for, or empty when a value is wrong. */
    Optional<LinkCriteria> criteria(UUID merchantId, Collection<UUID> merchantShops, Errors errors) {
        UUID serviceId = null;
        if (!shop.isBlank()) {
            serviceId = Ids.uuid(shop.trim()).filter(merchantShops::contains).orElse(null);
            if (serviceId == null) {
                errors.rejectValue("shop", "links.filter.invalid");
            }
        }
        LinkKind linkKind = kind.isBlank() ? null : parse(LinkKind.class, kind, "kind", errors);
        LinkState linkState = state.isBlank() ? null : parse(LinkState.class, state, "state", errors);
        if (q.length() > MAX_SEARCH_LENGTH) {
            errors.rejectValue("q", "links.filter.search.tooLong", new Object[] {MAX_SEARCH_LENGTH}, null);
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new LinkCriteria(merchantId, serviceId, linkKind, linkState,
                q.isBlank() ? null : q.trim()));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, Errors errors) {
        Optional<E> parsed = Ids.constant(type, value);
        if (parsed.isEmpty()) {
            errors.rejectValue(field, "links.filter.invalid");
        }
        return parsed.orElse(null);
    }

    /** The filters as query parameters, without the cursor: for the page links. */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", q);
        parameters.put("shop", shop);
        parameters.put("kind", kind);
        parameters.put("state", state);
        parameters.values().removeIf(String::isBlank);
        return parameters;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null ? "" : q;
    }

    public String getShop() {
        return shop;
    }

    public void setShop(String shop) {
        this.shop = shop == null ? "" : shop;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind == null ? "" : kind;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state == null ? "" : state;
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor == null ? "" : cursor;
    }
}
