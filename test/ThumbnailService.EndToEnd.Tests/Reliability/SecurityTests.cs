using System.Text;
using System.Text.Json;
using ThumbnailService.EndToEnd.Tests.Infrastructure;

namespace ThumbnailService.EndToEnd.Tests.Reliability;

/// <summary>
/// Metadata stays ASCII, SVG in any disguise is never passed through, and the functions' logs carry no secret or signature.
/// Keys like ../../x stay keys: <see cref="KeyRoundTripTests"/>; the local writer's folder guard: Local.Tests SafeOutputPathTests.
/// </summary>
public sealed class SecurityTests(HostileInputFixture fixture) : IClassFixture<HostileInputFixture>
{
    public static TheoryData<string, string> DisguisedSvg => new()
    {
        { "bom.png", "\uFEFF<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>" },
        { "doctype.jpg", "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x\"><svg xmlns=\"http://www.w3.org/2000/svg\"/>" },
        { "comment-first.gif", "<?xml version=\"1.0\"?><!--" + new string('x', 2000) + "--><svg xmlns=\"http://www.w3.org/2000/svg\"/>" },
        { "whitespace.webp", "\n\t  <svg onload=\"alert(1)\"/>" },
    };

    [RequiresTheory("node", "make")]
    [MemberData(nameof(DisguisedSvg))]
    public async Task Upload_DisguisedSvg_RejectedAndNothingWritten(string name, string content)
    {
        var key = "security/svg/" + name;

        var routed = await fixture.UploadAndWaitAsync(key, Encoding.UTF8.GetBytes(content));

        using var response = JsonDocument.Parse(routed.Result.Payload.ToArray());
        var result = response.RootElement.GetProperty("results")[0];
        Assert.Equal("Rejected", result.GetProperty("outcome").GetString());
        Assert.Contains(result.GetProperty("reason").GetString(), new[] { "UnsupportedFormat", "NotAnImage" });
        Assert.Null(await fixture.S3.GetBytesAsync("thumbnails", "large/" + key));
        Assert.Null(await fixture.S3.GetBytesAsync("thumbnails", "small/" + key));
    }

    [RequiresFact("node", "make")]
    public async Task Upload_NonAsciiKey_EveryMetadataValueIsAscii()
    {
        const string key = "security/sécurité/写真 ü €.jpg";

        await fixture.UploadAndWaitAsync(key, Images.Jpeg(120, 80));

        foreach (var preset in new[] { "large", "small" })
        {
            var head = await fixture.S3.GetObjectMetadataAsync("thumbnails", $"{preset}/{key}");
            Assert.NotEmpty(head.Metadata.Keys);
            Assert.All(head.Metadata.Keys, name => Assert.True(name.All(char.IsAscii) && head.Metadata[name].All(char.IsAscii), $"{name}: {head.Metadata[name]}"));
        }
    }

    [RequiresFact("node", "make")]
    public async Task FunctionLogs_AfterCreatedAndRejectedUploads_NoSecretOrSignature()
    {
        await fixture.UploadAndWaitAsync("security/logs/photo.jpg", Images.Jpeg(50, 50));
        await fixture.UploadAndWaitAsync("security/logs/page.png", "<html></html>"u8.ToArray());

        LogSecrets.AssertClean(fixture.FunctionLog.Lines, HostileInputFixture.SecretKey);
    }
}
