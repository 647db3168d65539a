using System.Security.Cryptography;
using System.Text;

namespace Verkostot.Core.Inbox;

/// <summary>
/// The identity of an activity: its id within its conversation. Hashed, because both ids come from outside and may
/// be long; a fixed-size key keeps the unique index small on either database.
/// </summary>
public static class InboxKey
{
    public static string Of(string conversationId, string activityId) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{conversationId.Length}:{conversationId}|{activityId}")));
}
