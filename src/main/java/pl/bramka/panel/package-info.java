/**
 * The frame around every panel page: layout data (merchant name, signed-in user, navigation of the sections the user
 * may open), language selection, the start page and error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Panel",
        allowedDependencies = {"merchant", "user", "shared"})
package pl.bramka.panel;
