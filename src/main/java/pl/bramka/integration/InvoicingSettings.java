package pl.bramka.integration;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.bramka.shop.MerchantShops;

/** Each shop's invoicing mode and default VAT rate, kept next to its ING Księgowość key. */
@Service
public class InvoicingSettings {

    private final MerchantShops shops;
    private final JdbcClient jdbc;

    InvoicingSettings(MerchantShops shops, JdbcClient jdbc) {
        this.shops = shops;
        this.jdbc = jdbc;
    }

    /** The shop's settings; {@link ShopInvoicing#DEFAULT} until someone changed them. */
    public ShopInvoicing of(UUID serviceId) {
        return jdbc.sql("select mode, vat_rate, exemption_basis from shop_invoicing where service_id = ?")
                .param(serviceId)
                .query((rs, row) -> new ShopInvoicing(InvoicingMode.valueOf(rs.getString("mode")),
                        rs.getString("vat_rate"), rs.getString("exemption_basis")))
                .optional().orElse(ShopInvoicing.DEFAULT);
    }

    /**
     * Changes the shop's settings and records the change; the caller has checked that the mode can be used (company
     * data for {@link InvoicingMode#BUILT_IN}, the accounting key for {@link InvoicingMode#EXTERNAL}).
     */
    @Transactional
    public void set(UUID merchantId, UUID serviceId, ShopInvoicing settings, UUID actorId) {
        shops.lockForChange(merchantId, serviceId);
        ShopInvoicing before = of(serviceId);
        if (before.equals(settings)) {
            return;
        }
        if (before.mode() != settings.mode()) {
            shops.recordChange(serviceId, "invoicingMode", before.mode().name(), settings.mode().name(), actorId);
        }
        if (!before.vatRate().equals(settings.vatRate())) {
            shops.recordChange(serviceId, "invoicingVatRate", before.vatRate(), settings.vatRate(), actorId);
        }
        jdbc.sql("""
                insert into shop_invoicing (service_id, mode, vat_rate, exemption_basis) values (?, ?, ?, ?)
                on conflict (service_id) do update set mode = excluded.mode, vat_rate = excluded.vat_rate,
                    exemption_basis = excluded.exemption_basis, modified_at = now()""")
                .params(serviceId, settings.mode().name(), settings.vatRate(), basis(settings)).update();
    }

    private static @Nullable String basis(ShopInvoicing settings) {
        return "zw".equals(settings.vatRate()) ? settings.exemptionBasis() : null;
    }
}
