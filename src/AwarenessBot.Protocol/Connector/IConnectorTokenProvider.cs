namespace AwarenessBot.Protocol.Connector;

/// <summary>The bearer token the bot sends to the Bot Connector; null when authentication is off.</summary>
public interface IConnectorTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
