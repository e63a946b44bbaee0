using System.Text;

namespace ThumbnailService.EndToEnd.Tests.Infrastructure;

/// <summary>One HTTP/1.1 request as read off a socket: the head (request line and header lines) and a Content-Length body.</summary>
internal sealed class HttpMessage(string method, string target, IReadOnlyList<string> headerLines, byte[] body)
{
    public string Method { get; } = method;

    /// <summary>The request target's path, percent-decoded (`/bucket/key`).</summary>
    public string Path { get; } = Uri.UnescapeDataString(target.Split('?')[0]);

    public static async Task<HttpMessage?> ReadAsync(Stream stream, bool isRequest, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int headEnd;
        while ((headEnd = HeadLength(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))) < 0)
        {
            var n = await stream.ReadAsync(chunk, cancellationToken);
            if (n == 0)
            {
                return null;
            }

            buffer.Write(chunk, 0, n);
        }

        var all = buffer.ToArray();
        var lines = Encoding.Latin1.GetString(all, 0, headEnd - 4).Split("\r\n");
        var length = lines.Skip(1).Select(l => l.Split(':', 2)).Where(p => p[0].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            .Select(p => int.Parse(p[1].Trim(), System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
        if (lines.Any(l => l.StartsWith("Transfer-Encoding:", StringComparison.OrdinalIgnoreCase)) && isRequest)
        {
            throw new NotSupportedException("chunked request bodies are not supported by the fault proxy");
        }

        var body = new byte[length];
        var have = Math.Min(all.Length - headEnd, length);
        Array.Copy(all, headEnd, body, 0, have);
        await stream.ReadExactlyAsync(body.AsMemory(have), cancellationToken);
        var requestLine = lines[0].Split(' ');
        return new HttpMessage(requestLine[0], requestLine[1], lines[1..], body);
    }

    /// <summary>Length of the head including the blank line, or -1 when it has not all arrived.</summary>
    public static int HeadLength(ReadOnlySpan<byte> data)
    {
        var at = data.IndexOf("\r\n\r\n"u8);
        return at < 0 ? -1 : at + 4;
    }

    public byte[] ToBytes(bool connectionClose)
    {
        var head = new StringBuilder();
        head.Append(Method).Append(' ').Append(target).Append(" HTTP/1.1\r\n");
        foreach (var line in headerLines.Where(l => !connectionClose || !l.StartsWith("Connection:", StringComparison.OrdinalIgnoreCase)))
        {
            head.Append(line).Append("\r\n");
        }

        head.Append(connectionClose ? "Connection: close\r\n\r\n" : "\r\n");
        return [.. Encoding.Latin1.GetBytes(head.ToString()), .. body];
    }
}
