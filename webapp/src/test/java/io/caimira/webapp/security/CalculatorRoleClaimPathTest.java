package io.caimira.webapp.security;

import io.caimira.session.testing.RoleClaimPathContract;

/** The calculator's role claim path setting, resolved from its application.properties. */
class CalculatorRoleClaimPathTest extends RoleClaimPathContract {}
