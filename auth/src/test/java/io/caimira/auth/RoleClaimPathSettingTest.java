package io.caimira.auth;

import io.caimira.session.testing.RoleClaimPathContract;

/** The auth-service's role claim path setting, resolved from its application.properties. */
class RoleClaimPathSettingTest extends RoleClaimPathContract {}
