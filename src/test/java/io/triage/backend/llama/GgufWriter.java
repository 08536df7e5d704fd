package io.triage.backend.llama;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a GGUF v3 file (ggml's docs/gguf.md): header, typed metadata, tensor infos, then the
 * tensor data, each tensor aligned to {@link #ALIGNMENT} bytes. Everything is little-endian;
 * strings are a uint64 byte length followed by UTF-8 bytes without a terminator.
 */
final class GgufWriter {

    static final int ALIGNMENT = 32;

    private static final int MAGIC = 0x46554747; // "GGUF" read as a little-endian uint32
    private static final int VERSION = 3;

    /** The metadata value types of the spec ({@code gguf_type}). */
    private enum ValueType {
        UINT8, INT8, UINT16, INT16, UINT32, INT32, FLOAT32, BOOL, STRING, ARRAY, UINT64, INT64, FLOAT64
    }

    /** The tensor element types used here, with their {@code ggml_type} ids. */
    enum TensorType {
        F32(0), F16(1), Q8_0(8);

        final int id;

        TensorType(int id) {
            this.id = id;
        }
    }

    private record Tensor(String name, TensorType type, long[] ne, byte[] data) {
    }

    private final ByteArrayOutputStream metadata = new ByteArrayOutputStream();
    private int metadataCount;
    private final List<Tensor> tensors = new ArrayList<>();

    GgufWriter putString(String key, String value) {
        key(key, ValueType.STRING);
        string(metadata, value);
        return this;
    }

    GgufWriter putUInt32(String key, int value) {
        key(key, ValueType.UINT32);
        metadata.writeBytes(le(4).putInt(value).array());
        return this;
    }

    GgufWriter putFloat32(String key, float value) {
        key(key, ValueType.FLOAT32);
        metadata.writeBytes(le(4).putFloat(value).array());
        return this;
    }

    GgufWriter putBool(String key, boolean value) {
        key(key, ValueType.BOOL);
        metadata.write(value ? 1 : 0);
        return this;
    }

    GgufWriter putStringArray(String key, List<String> values) {
        arrayHeader(key, ValueType.STRING, values.size());
        values.forEach(value -> string(metadata, value));
        return this;
    }

    GgufWriter putFloat32Array(String key, float[] values) {
        arrayHeader(key, ValueType.FLOAT32, values.length);
        ByteBuffer buffer = le(4 * values.length);
        for (float value : values) {
            buffer.putFloat(value);
        }
        metadata.writeBytes(buffer.array());
        return this;
    }

    GgufWriter putInt32Array(String key, int[] values) {
        arrayHeader(key, ValueType.INT32, values.length);
        ByteBuffer buffer = le(4 * values.length);
        for (int value : values) {
            buffer.putInt(value);
        }
        metadata.writeBytes(buffer.array());
        return this;
    }

    /**
     * Adds a tensor.
     *
     * @param ne   the dimensions in ggml's order: {@code ne[0]} is the contiguous one (a row)
     * @param data the encoded elements, row after row
     */
    GgufWriter addTensor(String name, TensorType type, long[] ne, byte[] data) {
        tensors.add(new Tensor(name, type, ne.clone(), data));
        return this;
    }

    void write(Path file) throws IOException {
        ByteArrayOutputStream infos = new ByteArrayOutputStream();
        long offset = 0;
        for (Tensor tensor : tensors) {
            string(infos, tensor.name());
            infos.writeBytes(le(4).putInt(tensor.ne().length).array());
            for (long dimension : tensor.ne()) {
                infos.writeBytes(le(8).putLong(dimension).array());
            }
            infos.writeBytes(le(4).putInt(tensor.type().id).array());
            infos.writeBytes(le(8).putLong(offset).array());
            offset = align(offset + tensor.data().length);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            ByteBuffer header = le(24).putInt(MAGIC).putInt(VERSION).putLong(tensors.size()).putLong(metadataCount);
            out.write(header.array());
            metadata.writeTo(out);
            infos.writeTo(out);
            long written = header.capacity() + metadata.size() + infos.size();
            out.write(new byte[(int) (align(written) - written)]);
            for (Tensor tensor : tensors) {
                out.write(tensor.data());
                out.write(new byte[(int) (align(tensor.data().length) - tensor.data().length)]);
            }
        }
    }

    private void key(String key, ValueType type) {
        metadataCount++;
        string(metadata, key);
        metadata.writeBytes(le(4).putInt(type.ordinal()).array());
    }

    private void arrayHeader(String key, ValueType elementType, int count) {
        key(key, ValueType.ARRAY);
        metadata.writeBytes(le(12).putInt(elementType.ordinal()).putLong(count).array());
    }

    private static void string(ByteArrayOutputStream out, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(le(8).putLong(bytes.length).array());
        out.writeBytes(bytes);
    }

    private static long align(long position) {
        return (position + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
