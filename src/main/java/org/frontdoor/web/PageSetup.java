package org.frontdoor.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** GOV.UK Frontend's stylesheet asks for its fonts and images under /assets/: serve them from the WebJar. */
@Configuration
class PageSetup implements WebMvcConfigurer {
    private final CouncilProperties council;

    PageSetup(CouncilProperties council) {
        this.council = council;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources" + council.govukAssets() + "/assets/");
    }
}
