namespace Verkostot.Bot.Connector;

/// <summary>Developer mode: the Emulator and the Agents Playground take no token, so none is fetched or sent.</summary>
internal sealed class DeveloperModeTokenProvider : IBotTokenProvider
{
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
}
