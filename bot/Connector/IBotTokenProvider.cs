namespace Verkostot.Bot.Connector;

/// <summary>Source of the bearer token the bot presents to the Bot Connector.</summary>
public interface IBotTokenProvider
{
    /// <summary>The access token, or null when none is to be sent (developer mode).</summary>
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}
