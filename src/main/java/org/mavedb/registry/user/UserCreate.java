package org.mavedb.registry.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record UserCreate(
        @NotBlank @Size(max = 64)
        @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9_.-]*$", message = "may contain only letters, digits, '_', '.' and '-', and must start with a letter or digit")
        String username,
        @NotBlank @Size(max = 200) String displayName) {}
