package org.drillbook.trainee.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The username an admin gives a recruit's sign-in; the rules of every username. */
record SignInForm(@NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9._-]*") String username) {

}
