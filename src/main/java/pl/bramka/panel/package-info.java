/**
 * The frame around every panel page: layout data (merchant name, signed-in user, navigation of the sections the user
 * may open), language selection, the start page and error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Panel")
package pl.bramka.panel;
