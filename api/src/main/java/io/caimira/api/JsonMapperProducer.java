package io.caimira.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.caimira.adapter.FiniteJson;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The application's ObjectMapper (used by Quarkus REST too): NaN and infinities are written as null. */
public class JsonMapperProducer {
  @Produces
  @Singleton
  ObjectMapper objectMapper() {
    return FiniteJson.mapper();
  }
}
