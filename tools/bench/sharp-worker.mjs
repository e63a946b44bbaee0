// Long-lived sharp worker for `./thumbs bench` (protocol: src/ThumbnailService.Local/Bench/WorkerProtocol.cs).
// One job per stdin line: PRESETS \t INPUT \t OUTDIR \t EXT; one answer per job: ok \t WALL_MS \t CPU_MS.
// Node start-up is not timed. The preset set is chained from one input: sharp(input).rotate(), then clone() per preset.
import readline from 'node:readline';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';

sharp.cache(false); // every run starts from the file, as a fresh upload would

function parsePresets(text) {
  return text.split(',').map((item) => {
    const [name, box, fit] = item.split(':');
    const [width, height] = box.split('x').map(Number);
    return { name, width, height, fit: fit === 'cover' ? 'cover' : 'inside' };
  });
}

async function run(presetText, input, outDir, ext) {
  const base = sharp(input).rotate();
  await Promise.all(parsePresets(presetText).map((p) => {
    let image = base.clone().resize({ width: p.width, height: p.height, fit: p.fit, withoutEnlargement: true });
    image = ext === '.png' ? image.png() : image.flatten({ background: '#ffffff' }).jpeg({ quality: 80 });
    return image.toFile(path.join(outDir, p.name + ext));
  }));
}

const lines = readline.createInterface({ input: process.stdin, terminal: false });
process.stdout.write('ready\n');
for await (const line of lines) {
  if (!line) continue;
  const [presets, input, outDir, ext] = line.split('\t');
  const cpu = process.cpuUsage();
  const start = performance.now();
  try {
    await run(presets, input, outDir, ext);
    const wall = performance.now() - start;
    const used = process.cpuUsage(cpu);
    process.stdout.write(`ok\t${wall.toFixed(3)}\t${((used.user + used.system) / 1000).toFixed(3)}\n`);
  } catch (e) {
    process.stdout.write(`error\t${String(e.message).replace(/\s+/g, ' ')}\n`);
  }
}
