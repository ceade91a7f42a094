package com.parkops.zone.web;

import com.parkops.zone.SignInProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final SignInProperties signIn;

    LoginController(SignInProperties signIn) {
        this.signIn = signIn;
    }

    /** The sign-in page; {@code ?error=bad|locked|disabled}, {@code ?logout} and {@code ?expired} explain why. */
    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("lockoutMinutes", Math.max(1, signIn.lockout().toMinutes()));
        return "login";
    }
}
