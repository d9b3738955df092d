package org.drillbook.account;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param require2faRoles roles that must enrol a second factor
 * ({@code DRILLBOOK_REQUIRE_2FA_ROLES}, default {@code ADMIN,ARMORER}); empty turns
 * enforcement off
 */
@ConfigurationProperties("drillbook.security")
public record SecondFactorProperties(Set<Role> require2faRoles) {

	public SecondFactorProperties {
		require2faRoles = (require2faRoles == null || require2faRoles.isEmpty()) ? EnumSet.noneOf(Role.class)
				: EnumSet.copyOf(require2faRoles);
	}

	public boolean required(Role role) {
		return this.require2faRoles.contains(role);
	}

	public boolean enforced() {
		return !this.require2faRoles.isEmpty();
	}

}
