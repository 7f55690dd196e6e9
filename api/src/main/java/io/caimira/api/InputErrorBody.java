package io.caimira.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of every 400: what is wrong and the input key concerned (null when no single key is to blame). */
@Schema(name = "InputError", description = "Bad input (400)")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record InputErrorBody(
    @Schema(examples = "total_people must be specified") String message,
    @Schema(nullable = true, examples = "total_people") String field) {}
