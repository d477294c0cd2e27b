// Steadyhand sensor, reference firmware for protocol version 1 (see ../PROTOCOL.md).
//
// Board: ATmega328P/32U4 at 16 MHz (Uno, Nano, Pro Micro); HX711 load-cell amplifier on two
// digital pins; MPU-6050 on I2C. Sends one 29-byte frame every 1000 us, paced by Timer1.
// Library: "HX711" by Bogdan Necula (bogde), from the Arduino Library Manager.

#include <EEPROM.h>
#include <HX711.h>
#include <Wire.h>

const uint8_t HX711_DOUT = 3;
const uint8_t HX711_SCK = 2;
const uint8_t MPU_ADDRESS = 0x68;          // AD0 low
const uint32_t BAUD = 1000000;

const uint8_t FLAG_FORCE_UNCALIBRATED = 0x01;
const uint8_t FLAG_IMU_FAILED = 0x02;

// EEPROM layout: magic, tare offset (HX711 counts), scale (counts per uN).
const uint16_t CAL_MAGIC = 0x5348;         // "SH"
struct Calibration {
  uint16_t magic;
  int32_t offsetCounts;
  float countsPerMicroNewton;
};

HX711 scale;
Calibration cal;
volatile bool tick = false;
uint16_t sequence = 0;
int32_t lastCounts = 0;
char command[24];
uint8_t commandLength = 0;

ISR(TIMER1_COMPA_vect) { tick = true; }

void startTimer1kHz() {
  noInterrupts();
  TCCR1A = 0;
  TCCR1B = _BV(WGM12) | _BV(CS11) | _BV(CS10);  // CTC, prescaler 64: 250 kHz
  OCR1A = 249;                                   // 250 counts = 1000 us
  TIMSK1 = _BV(OCIE1A);
  interrupts();
}

// CRC-16/CCITT-FALSE: poly 0x1021, init 0xFFFF, no reflection, no final XOR. "123456789" -> 0x29B1.
uint16_t crc16(const uint8_t* data, uint8_t length) {
  uint16_t crc = 0xFFFF;
  for (uint8_t i = 0; i < length; i++) {
    crc ^= (uint16_t)data[i] << 8;
    for (uint8_t bit = 0; bit < 8; bit++) {
      crc = (crc & 0x8000) ? (crc << 1) ^ 0x1021 : crc << 1;
    }
  }
  return crc;
}

void putLE(uint8_t* at, uint32_t value, uint8_t size) {
  for (uint8_t i = 0; i < size; i++) {
    at[i] = (uint8_t)(value >> (8 * i));
  }
}

void mpuWrite(uint8_t reg, uint8_t value) {
  Wire.beginTransmission(MPU_ADDRESS);
  Wire.write(reg);
  Wire.write(value);
  Wire.endTransmission();
}

// Reads accel x,y,z and gyro x,y,z (registers 0x3B..0x48, big-endian); false on an I2C error.
bool readImu(int16_t accel[3], int16_t gyro[3]) {
  Wire.beginTransmission(MPU_ADDRESS);
  Wire.write(0x3B);
  if (Wire.endTransmission(false) != 0 || Wire.requestFrom(MPU_ADDRESS, (uint8_t)14) != 14) {
    return false;
  }
  uint8_t raw[14];
  for (uint8_t i = 0; i < 14; i++) raw[i] = Wire.read();
  for (uint8_t axis = 0; axis < 3; axis++) {
    accel[axis] = (int16_t)((raw[2 * axis] << 8) | raw[2 * axis + 1]);
    gyro[axis] = (int16_t)((raw[8 + 2 * axis] << 8) | raw[9 + 2 * axis]);  // skip temperature
  }
  return true;
}

bool calibrated() { return cal.magic == CAL_MAGIC && cal.countsPerMicroNewton != 0; }

int32_t forceMicroNewtons() {
  if (!calibrated()) return 0;
  return (int32_t)((float)(lastCounts - cal.offsetCounts) / cal.countsPerMicroNewton);
}

void sendFrame(uint32_t micros32, uint8_t flags, int32_t force, const int16_t accel[3], const int16_t gyro[3]) {
  uint8_t frame[29];
  frame[0] = 0xA5;
  frame[1] = 0x5A;
  frame[2] = 1;   // version
  frame[3] = 23;  // payload length
  putLE(frame + 4, sequence++, 2);
  putLE(frame + 6, micros32, 4);
  frame[10] = flags;
  putLE(frame + 11, (uint32_t)force, 4);
  for (uint8_t axis = 0; axis < 3; axis++) {
    putLE(frame + 15 + 2 * axis, (uint16_t)accel[axis], 2);
    putLE(frame + 21 + 2 * axis, (uint16_t)gyro[axis], 2);
  }
  putLE(frame + 27, crc16(frame + 2, 25), 2);
  Serial.write(frame, sizeof frame);
}

void handleCommand() {
  command[commandLength] = 0;
  if (strcmp(command, "TARE") == 0) {
    cal.offsetCounts = scale.read_average(16);
    if (cal.magic != CAL_MAGIC) cal.countsPerMicroNewton = 0;
    cal.magic = CAL_MAGIC;
    EEPROM.put(0, cal);
  } else if (strncmp(command, "CAL ", 4) == 0) {
    long microNewtons = atol(command + 4);
    if (microNewtons != 0) {
      cal.countsPerMicroNewton = (float)(scale.read_average(16) - cal.offsetCounts) / (float)microNewtons;
      cal.magic = CAL_MAGIC;
      EEPROM.put(0, cal);
    }
  } else if (strcmp(command, "RESET") == 0) {
    cal.magic = 0;
    EEPROM.put(0, cal);
  }
  commandLength = 0;
}

void readCommands() {
  while (Serial.available() > 0) {
    char c = (char)Serial.read();
    if (c == '\r') continue;
    if (c == '\n') {
      handleCommand();
    } else if (commandLength < sizeof command - 1) {
      command[commandLength++] = c;
    }
  }
}

void setup() {
  Serial.begin(BAUD);
  Wire.begin();
  Wire.setClock(400000);
  mpuWrite(0x6B, 0x00);  // PWR_MGMT_1: wake up
  mpuWrite(0x1A, 0x03);  // CONFIG: DLPF 44 Hz
  mpuWrite(0x1B, 0x08);  // GYRO_CONFIG: FS_SEL 1, +-500 deg/s, 65.5 counts per deg/s
  mpuWrite(0x1C, 0x08);  // ACCEL_CONFIG: AFS_SEL 1, +-4 g, 8192 counts per g
  scale.begin(HX711_DOUT, HX711_SCK);
  EEPROM.get(0, cal);
  startTimer1kHz();
}

void loop() {
  if (!tick) {
    readCommands();
    return;
  }
  tick = false;
  uint32_t now = micros();
  int16_t accel[3] = {0, 0, 0};
  int16_t gyro[3] = {0, 0, 0};
  uint8_t flags = 0;
  if (!readImu(accel, gyro)) flags |= FLAG_IMU_FAILED;
  if (scale.is_ready()) lastCounts = scale.read();  // 80 Hz at most: repeat the last value between
  if (!calibrated()) flags |= FLAG_FORCE_UNCALIBRATED;
  sendFrame(now, flags, forceMicroNewtons(), accel, gyro);
}
