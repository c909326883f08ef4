package pl.bramka.merchant;

import org.jspecify.annotations.Nullable;

/** What the operator records about a merchant it onboards; NIP and REGON already checked (digits only). */
public record CompanyData(String name, String nip, @Nullable String regon, String address) {
}
