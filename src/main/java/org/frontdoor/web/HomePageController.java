package org.frontdoor.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: where each kind of user begins. */
@Controller
class HomePageController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
