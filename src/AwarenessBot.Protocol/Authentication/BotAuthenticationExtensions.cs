using AwarenessBot.Protocol.Hosting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace AwarenessBot.Protocol.Authentication;

/// <summary>
/// Inbound channel tokens: one JwtBearer scheme per OpenID metadata document (Bot Framework channel
/// issuer, Entra issuers), chosen by the token's <c>iss</c>; RS256 only, signed, 5-minute skew,
/// audience = our app id; the signing key's endorsements recorded for <see cref="CallerCheck"/>.
/// </summary>
internal static class BotAuthenticationExtensions
{
    internal const string MetadataClient = "BotFramework.Metadata";

    public static IServiceCollection AddBotAuthentication(this IServiceCollection services)
    {
        services.AddHttpClient(MetadataClient).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddAuthentication()
            .AddPolicyScheme(BotAuthenticationDefaults.Scheme, null, o => o.ForwardDefaultSelector = SelectScheme)
            .AddJwtBearer(BotAuthenticationDefaults.ChannelScheme, _ => { })
            .AddJwtBearer(BotAuthenticationDefaults.EntraScheme, _ => { });
        foreach (var channel in new[] { true, false })
        {
            services.AddOptions<JwtBearerOptions>(channel ? BotAuthenticationDefaults.ChannelScheme : BotAuthenticationDefaults.EntraScheme)
                .Configure<IOptions<BotFrameworkOptions>, IHttpClientFactory, ILoggerFactory>(
                    (jwt, bot, http, logs) => Configure(jwt, bot.Value, channel, http, logs.CreateLogger(typeof(BotAuthenticationExtensions).FullName!)));
        }
        return services;
    }

    // Picks the metadata by issuer without trusting the token: the chosen scheme validates everything.
    private static string SelectScheme(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        const string bearer = "Bearer ";
        if (header.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
        {
            var handler = new JsonWebTokenHandler();
            var raw = header[bearer.Length..].Trim();
            if (handler.CanReadToken(raw))
            {
                try
                {
                    var issuer = handler.ReadJsonWebToken(raw).Issuer;
                    if (issuer is { Length: > 0 } && issuer != BotAuthenticationDefaults.ChannelIssuer)
                    {
                        return BotAuthenticationDefaults.EntraScheme;
                    }
                }
                catch (ArgumentException)
                {
                    // Unreadable: the channel scheme refuses it.
                }
            }
        }
        return BotAuthenticationDefaults.ChannelScheme;
    }

    private static void Configure(JwtBearerOptions jwt, BotFrameworkOptions bot, bool channel, IHttpClientFactory http, ILogger logger)
    {
        var metadata = new Uri(channel ? bot.ChannelMetadataUrl : bot.EntraMetadataUrl);
        jwt.MapInboundClaims = false;
        jwt.RefreshOnIssuerKeyNotFound = true;
        jwt.RequireHttpsMetadata = metadata.Scheme == Uri.UriSchemeHttps;
        // Keys refreshed twice a day; an unknown kid triggers a refetch at most hourly.
        jwt.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(
            metadata.AbsoluteUri,
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(http.CreateClient(MetadataClient)) { RequireHttps = jwt.RequireHttpsMetadata })
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
            RefreshInterval = TimeSpan.FromHours(1),
        };
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuers = channel ? [BotAuthenticationDefaults.ChannelIssuer] : BotAuthenticationDefaults.EntraIssuers(bot.MicrosoftAppTenantId),
            ValidAudience = bot.MicrosoftAppId,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(5),
            // The kid must name the key: endorsements belong to that key, not to whichever verifies.
            TryAllIssuerSigningKeys = false,
        };
        jwt.Events = new JwtBearerEvents
        {
            OnTokenValidated = context => SigningKeyEndorsements.RecordAsync(context, channel, bot.MicrosoftAppId!),
            OnAuthenticationFailed = context =>
            {
                var failure = context.Exception.GetType().Name;
                BotFrameworkLog.TokenRejected(logger, failure);
                return Task.CompletedTask;
            },
        };
    }
}
