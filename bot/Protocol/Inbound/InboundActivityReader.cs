using System.Buffers;
using System.Text.Json;

namespace Verkostot.Bot.Protocol.Inbound;

/// <summary>
/// Reads an activity from a request body, refusing bodies that are not JSON (415), too large (413), malformed or
/// outside <see cref="ActivityLimits"/> (400, with the reason).
/// </summary>
public static class InboundActivityReader
{
    public const int MaxBodyBytes = 256 * 1024;
    private const int InitialBufferBytes = 16 * 1024;

    public static async Task<InboundRead> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return InboundRead.NotJson;
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return InboundRead.TooLarge;
        }

        // Sized to the body (Teams' activities are a few KB), so the pool keeps small buffers, not one of the
        // largest size per request: a flood of big bodies must not leave the process holding their buffers.
        var buffer = ArrayPool<byte>.Shared.Rent(request.ContentLength is { } declared ? (int)declared + 1 : InitialBufferBytes);
        try
        {
            var length = 0;
            while (true)
            {
                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > MaxBodyBytes)
                {
                    return InboundRead.TooLarge;
                }

                if (length == buffer.Length)
                {
                    buffer = Grow(buffer, length);
                }
            }

            return Parse(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static InboundRead Parse(ReadOnlySpan<byte> json)
    {
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(json, InboundJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            return InboundRead.Malformed("The body is not a valid activity.");
        }

        if (activity is null)
        {
            return InboundRead.Malformed("The body is empty.");
        }

        return ActivityLimits.Problem(activity) is { } problem
            ? InboundRead.Malformed(problem)
            : InboundRead.Read(ActivityLimits.Kept(activity));
    }

    private static byte[] Grow(byte[] buffer, int length)
    {
        var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, MaxBodyBytes + 1));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}

/// <summary>The outcome of reading a request body: an activity, or why there is none.</summary>
public sealed record InboundRead(Activity? Activity, int Status, string? Problem)
{
    public static InboundRead TooLarge { get; } =
        new(null, StatusCodes.Status413PayloadTooLarge, $"The body is larger than {InboundActivityReader.MaxBodyBytes / 1024} KB.");

    public static InboundRead NotJson { get; } =
        new(null, StatusCodes.Status415UnsupportedMediaType, "Send the activity as JSON (Content-Type: application/json).");

    public static InboundRead Malformed(string problem) => new(null, StatusCodes.Status400BadRequest, problem);

    public static InboundRead Read(Activity activity) => new(activity, StatusCodes.Status200OK, null);
}
