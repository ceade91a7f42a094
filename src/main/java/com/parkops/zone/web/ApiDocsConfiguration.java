package com.parkops.zone.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description served at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}),
 * both for administrators only. It declares the two ways the API authenticates.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";

    private static final String DESCRIPTION = """
            园区运营平台的接口：企业档案导入与查询、经济运行监测、亩均效益评价等。
            The API of the zone operations platform.

            Two ways to authenticate; both act with the user's role and zone, and need no CSRF token:

            * **basicAuth** — HTTP Basic with a user name and password.
            * **bearerAuth** — `Authorization: Bearer <token>` with a personal access token, created on
              the account page (个人中心) or with `POST /api/v1/zone/tokens`; the token is shown once.

            Wrong or missing credentials answer 401, a role without permission 403. Repeated failed
            sign-ins lock the account for a while. Errors are `application/problem+json` (RFC 9457);
            invalid input lists its problems in `errors`.
            """;

    @Bean
    OpenAPI parkOpsOpenApi() {
        return new OpenAPI()
                .info(new Info().title("园区运营平台 ParkOps API").version("v1").description(DESCRIPTION))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("User name and password (用户名和密码)"))
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("personal access token (pk_…)")
                                        .description("Personal access token (个人访问令牌)")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
