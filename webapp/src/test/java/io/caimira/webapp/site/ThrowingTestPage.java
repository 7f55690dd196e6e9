package io.caimira.webapp.site;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A page that fails, to see the 500 page (test code only). */
@Path("/test-failure")
public class ThrowingTestPage {
  @GET
  public String fail() {
    throw new IllegalStateException("a failure for the test");
  }
}
