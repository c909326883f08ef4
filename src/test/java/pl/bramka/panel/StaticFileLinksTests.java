package pl.bramka.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import pl.bramka.IntegrationTest;

/**
 * Static files are served from their folders, and a link to a page is never looked up as a static file: every link a
 * page builds passes through the resource chain, whose misses are not cached and read the jar under its locks.
 */
class StaticFileLinksTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ResourceUrlProvider resourceUrls;

    @Test
    void staticFilesAreServedAndPageLinksAreNotLookedUpAsFiles() throws Exception {
        for (String file : new String[] {"/css/bramka.css", "/js/htmx-config.js", "/webjars/htmx.org/dist/htmx.min.js"}) {
            assertThat(mvc.perform(get(file)).andReturn().getResponse().getStatus()).as(file).isEqualTo(200);
        }
        assertThat(resourceUrls.getHandlerMap().keySet()).map(String::valueOf).contains("/{folder:css|js}/**")
                .doesNotContain("/**");
    }
}
