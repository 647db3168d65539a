using Microsoft.IdentityModel.Tokens;

namespace Verkostot.Bot.Authentication;

/// <summary>
/// A published signing key and the channel ids it may speak for (the Bot Framework JWKS's non-standard
/// <c>endorsements</c> array).
/// </summary>
internal sealed record EndorsedSigningKey(SecurityKey Key, IReadOnlySet<string> Endorsements)
{
    public bool Endorses(string? channelId)
    {
        // Every real activity names its channel; one that does not cannot be matched to an endorsement.
        if (string.IsNullOrWhiteSpace(channelId))
        {
            return false;
        }

        // Like the Bot Framework SDKs, a key that publishes no endorsements is not limited to any channel.
        return Endorsements.Count == 0 || Endorsements.Contains(channelId);
    }
}
