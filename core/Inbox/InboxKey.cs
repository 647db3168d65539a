using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Verkostot.Core.Inbox;

/// <summary>
/// The identity of an activity: its id within its conversation. Hashed, because both ids come from outside and may
/// be long; a fixed-size key keeps the unique index small on either database.
/// </summary>
public static class InboxKey
{
    private const int StackBytes = 512;

    /// <summary>The SHA-256 of "{conversationId.Length}:{conversationId}|{activityId}" in UTF-8, as hex.</summary>
    public static string Of(string conversationId, string activityId)
    {
        // Hashed from a buffer rather than from a string and its bytes put together first: one key per request.
        var most = 11 + 2 + Encoding.UTF8.GetMaxByteCount(conversationId.Length + activityId.Length);
        var rented = most > StackBytes ? ArrayPool<byte>.Shared.Rent(most) : null;
        try
        {
            var buffer = rented is null ? stackalloc byte[StackBytes] : rented;
            conversationId.Length.TryFormat(buffer, out var n, default, CultureInfo.InvariantCulture);
            buffer[n++] = (byte)':';
            n += Encoding.UTF8.GetBytes(conversationId, buffer[n..]);
            buffer[n++] = (byte)'|';
            n += Encoding.UTF8.GetBytes(activityId, buffer[n..]);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer[..n], hash);
            return Convert.ToHexString(hash);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
