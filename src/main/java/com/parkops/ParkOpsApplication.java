package com.parkops;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ParkOpsApplication {
    public static void main(String[] args) {
        SpringApplication.run(ParkOpsApplication.class, args);
    }
}
