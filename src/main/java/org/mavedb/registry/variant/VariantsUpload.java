package org.mavedb.registry.variant;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VariantsUpload")
@RegisterForReflection
public record VariantsUpload(@NotEmpty List<@Valid @NotNull VariantInput> variants) {}
