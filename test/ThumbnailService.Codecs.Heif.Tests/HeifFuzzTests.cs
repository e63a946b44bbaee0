using ThumbnailService.Codecs.Heif.Tests.Support;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.Codecs.Heif.Tests;

/// <summary>
/// A bounded, seeded fuzz of real heif-enc files: 100 mutations each of a HEIC and an AVIF (1 to 8 bytes overwritten,
/// a third of them also truncated). Every one must end Rendered or Rejected, in this process, within a few seconds.
/// </summary>
public sealed class HeifFuzzTests
{
    private const int Mutations = 100;

    [RequiresTheory("heif-enc")]
    [InlineData(false)]
    [InlineData(true)]
    public void Render_MutatedHeif_EndsRenderedOrRejected(bool avif)
    {
        byte[] original = avif ? HeifSamples.Avif : HeifSamples.Heic;
        var random = new Random(avif ? 1401 : 1400);
        var pipeline = HeifPipelines.Create(presets: Pipelines.Square);
        int rendered = 0, rejected = 0;
        for (int i = 0; i < Mutations; i++)
        {
            byte[] mutated = Mutate(original, random);

            RenderOutcome outcome = pipeline.Render(mutated);

            if (outcome is RenderOutcome.Rendered)
            {
                rendered++;
            }
            else
            {
                Assert.IsType<RenderOutcome.Rejected>(outcome);
                rejected++;
            }
        }

        Assert.Equal(Mutations, rendered + rejected);
        Assert.True(rejected > 0, "no mutation was rejected: the fuzz does not reach the checks");
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        byte[] copy = [.. original];
        int changes = random.Next(1, 9);
        for (int c = 0; c < changes; c++)
        {
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        }

        return random.Next(3) == 0 ? copy[..random.Next(16, copy.Length)] : copy;
    }
}
