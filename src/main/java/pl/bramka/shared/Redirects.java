package pl.bramka.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** Redirects after a form, for pages that outside sites and payers reach. */
public final class Redirects {

    private Redirects() {
    }

    /**
     * A 303 See Other to {@code url} (a path of this application or an absolute address), so the browser follows
     * with a GET and reloading or going back never posts the form again. The model is not appended to the address.
     */
    public static ModelAndView seeOther(String url) {
        RedirectView redirect = new RedirectView(url, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }
}
